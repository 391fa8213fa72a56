package com.qh.resume;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.qh.resume.ResumeSources.EMPTY;
import static com.qh.resume.ResumeSources.OTHER;
import static com.qh.resume.ResumeSources.OTHERS_VACANCY;
import static com.qh.resume.ResumeSources.VERA;
import static com.qh.resume.ResumeSources.VERAS_JAVA_VACANCY;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.qh.resume.api.ResumeGenerated;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The resume service over HTTP on the embedded PostgreSQL and broker: profiles and vacancies over real gRPC from
 * {@link ResumeSources}, the document service's HTTP API played by WireMock in the JVM.
 */
@QhServiceTest
@Import(ResumeSources.class)
@ExtendWith(PublishedEventsExtension.class)
class ResumeServiceTest {

    static final WireMockServer DOCUMENTS = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final UUID DOCUMENT = UUID.fromString("d0000000-0000-4000-8000-000000000001");

    static {
        DOCUMENTS.start();
    }

    @DynamicPropertySource
    static void documentService(DynamicPropertyRegistry registry) {
        registry.add("qh.services.document.url", DOCUMENTS::baseUrl);
    }

    @LocalServerPort
    int port;

    PublishedEvents events;

    @BeforeEach
    void documentServiceUp(PublishedEvents published) {
        events = published;
        DOCUMENTS.resetAll();
        DOCUMENTS.stubFor(post(urlEqualTo("/api/v1/documents")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "kind": "GENERATED_RESUME", "currentVersion": 1, "size": 1000}"""
                        .formatted(DOCUMENT))));
        DOCUMENTS.stubFor(post(urlEqualTo("/api/v1/documents/" + DOCUMENT + "/versions")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"number\": 2, \"size\": 2000}")));
    }

    ApiClient as(UUID user) {
        return ApiClient.on(port).as(TestUsers.user(user));
    }

    static Map<String, Object> design(String title, String language, String template) {
        Map<String, Object> design = new LinkedHashMap<>();
        design.put("title", title);
        design.put("language", language);
        design.put("template", template);
        return design;
    }

    Reply created(UUID user, Map<String, Object> design) {
        Reply reply = as(user).post("/api/v1/resumes", design);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    @Test
    void createsReadsListsChangesAndDeletesAResumeKeepingEveryVersion() {
        Reply created = created(VERA, design("Java backend", "ru", "classic"));
        String id = created.json().path("id").asString();
        assertThat(created.etag()).isEqualTo("\"v1\"");
        assertThat(created.location()).endsWith("/api/v1/resumes/" + id);

        Map<String, Object> changed = design("Java backend, modern", "en", "modern");
        changed.put("appearance", Map.of("fontFamily", "PT Sans", "accent", "#1D4ED8", "pageSize", "letter",
                "skills", "levels", "dateStyle", "year"));
        changed.put("sections", List.of(Map.of("part", "SKILLS"), Map.of("part", "EXPERIENCE",
                "order", List.of("5e000000-0000-4000-8000-000000000003"),
                "hiddenEntries", List.of("5e000000-0000-4000-8000-000000000001")),
                Map.of("part", "INTERESTS", "hidden", true)));
        Reply updated = as(VERA).ifMatch(created.etag()).put("/api/v1/resumes/" + id, changed);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.etag()).isEqualTo("\"v2\"");

        Reply read = as(VERA).get("/api/v1/resumes/" + id);
        assertThat(read.json().at("/design/template").asString()).isEqualTo("modern");
        assertThat(read.json().at("/design/appearance/fontFamily").asString()).isEqualTo("PT Sans");
        assertThat(read.json().at("/design/sections/1/hiddenEntries/0").asString())
                .isEqualTo("5e000000-0000-4000-8000-000000000001");
        assertThat(as(VERA).get("/api/v1/resumes").json()).anySatisfy(summary -> {
            assertThat(summary.path("id").asString()).isEqualTo(id);
            assertThat(summary.path("title").asString()).isEqualTo("Java backend, modern");
            assertThat(summary.path("version").asInt()).isEqualTo(2);
        });

        JsonNode versions = as(VERA).get("/api/v1/resumes/" + id + "/versions").json();
        assertThat(versions).extracting(v -> v.path("version").asInt()).containsExactly(2, 1);
        Reply first = as(VERA).get("/api/v1/resumes/" + id + "/versions/1");
        assertThat(first.json().at("/design/template").asString()).isEqualTo("classic");
        assertThat(first.json().at("/design/language").asString()).isEqualTo("ru");
        assertThat(as(VERA).get("/api/v1/resumes/" + id + "/versions/9").status()).isEqualTo(404);

        assertThat(as(VERA).delete("/api/v1/resumes/" + id).status()).isEqualTo(204);
        assertThat(as(VERA).get("/api/v1/resumes/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesAChangeWithoutIfMatchOrOverAChangeMadeMeanwhile() {
        Reply created = created(VERA, design("Stale", "en", "classic"));
        String path = "/api/v1/resumes/" + created.json().path("id").asString();
        assertThat(as(VERA).ifMatch("\"v1\"").put(path, design("First", "en", "classic")).status()).isEqualTo(200);

        Reply stale = as(VERA).ifMatch("\"v1\"").put(path, design("Second", "en", "classic"));
        Reply without = as(VERA).put(path, design("Third", "en", "classic"));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problemType()).isEqualTo("resume-changed");
        assertThat(without.status()).isEqualTo(428);
        assertThat(as(VERA).get(path).json().at("/design/title").asString()).isEqualTo("First");
    }

    @Test
    void anotherUsersResumeIsNotFound() {
        String path = "/api/v1/resumes/" + created(VERA, design("Mine", "en", "classic")).json().path("id")
                .asString();

        assertThat(as(OTHER).get(path).status()).isEqualTo(404);
        assertThat(as(OTHER).ifMatch("\"v1\"").put(path, design("Theirs", "en", "classic")).status())
                .isEqualTo(404);
        assertThat(as(OTHER).get(path + "/versions").status()).isEqualTo(404);
        assertThat(as(OTHER).get(path + "/preview").status()).isEqualTo(404);
        assertThat(as(OTHER).post(path + "/render?format=pdf", null).status()).isEqualTo(404);
        assertThat(as(OTHER).delete(path).status()).isEqualTo(404);
        assertThat(as(OTHER).get("/api/v1/resumes").json()).noneSatisfy(
                summary -> assertThat(path).endsWith(summary.path("id").asString()));
        assertThat(as(VERA).get(path).status()).isEqualTo(200);
    }

    @Test
    void listsTheTemplatesWithAThumbnailEachAndTheFonts() throws IOException {
        JsonNode templates = as(VERA).get("/api/v1/resumes/templates").json();
        assertThat(templates).extracting(t -> t.path("id").asString())
                .contains("classic", "modern", "ats-plain", "compact", "academic", "bold");
        String thumbnail = templates.get(0).path("thumbnail").asString();
        Reply png = as(VERA).get(thumbnail + "?language=en");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(png.body())).getWidth()).isGreaterThan(300);
        assertThat(as(VERA).get("/api/v1/resumes/templates/no-such/thumbnail").status()).isEqualTo(404);

        JsonNode fonts = as(VERA).get("/api/v1/resumes/fonts").json();
        assertThat(fonts).extracting(f -> f.path("family").asString()).contains("Noto Sans", "PT Serif");
        Reply font = as(VERA).get("/api/v1/resumes/fonts/NotoSans-Regular.ttf");
        assertThat(font.status()).isEqualTo(200);
        assertThat(font.body().length).isGreaterThan(100_000);
        assertThat(as(VERA).get("/api/v1/resumes/fonts/passwd.ttf").status()).isEqualTo(404);
    }

    @Test
    void anUnknownTemplateOrFontOrAValueOutOfRangeIs422NamingTheField() {
        Reply template = as(VERA).post("/api/v1/resumes", design("x", "en", "fancy"));
        Map<String, Object> font = design("x", "en", "classic");
        font.put("appearance", Map.of("fontFamily", "Comic Sans"));
        Map<String, Object> size = design("x", "en", "classic");
        size.put("appearance", Map.of("baseSize", 30));
        Map<String, Object> page = design("x", "en", "classic");
        page.put("appearance", Map.of("pageSize", "A3"));

        assertThat(template.status()).isEqualTo(422);
        assertThat(template.errorFields()).containsExactly("template");
        assertThat(template.detail()).contains("fancy");
        assertThat(as(VERA).post("/api/v1/resumes", font).errorFields()).containsExactly("appearance.fontFamily");
        assertThat(as(VERA).post("/api/v1/resumes", size).errorFields()).containsExactly("appearance.baseSize");
        assertThat(as(VERA).post("/api/v1/resumes", page).errorFields()).containsExactly("appearance.pageSize");
        assertThat(as(VERA).post("/api/v1/resumes/preview", font).status()).isEqualTo(422);
        assertThat(as(VERA).post("/api/v1/resumes", design("x", "de", "classic")).status()).isIn(400, 422);
    }

    @Test
    void anEmptyProfileIs422SayingWhatIsMissing() {
        Reply empty = as(EMPTY).post("/api/v1/resumes", design("Nothing", "en", "classic"));
        Reply none = as(UUID.randomUUID()).post("/api/v1/resumes", design("Nothing", "en", "classic"));

        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.problemType()).isEqualTo("profile-incomplete");
        assertThat(empty.detail()).contains("no name").contains("no experience, education or skills");
        assertThat(empty.errorFields()).containsExactly("personal.firstName", "experience");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.problemType()).isEqualTo("profile-incomplete");
    }

    @Test
    void anotherUsersVacancyIsNotFound() {
        Map<String, Object> design = design("Theirs", "en", "classic");
        design.put("targetVacancyId", OTHERS_VACANCY.toString());
        String id = created(VERA, design("Mine", "en", "classic")).json().path("id").asString();

        assertThat(as(VERA).post("/api/v1/resumes", design).status()).isEqualTo(404);
        assertThat(as(VERA).post("/api/v1/resumes/" + id + "/tailor", Map.of("vacancyId", OTHERS_VACANCY))
                .status()).isEqualTo(404);
    }

    @Test
    void tailorsToASavedVacancyAndSaysWhatChanged() {
        String id = created(VERA, design("Java", "en", "classic")).json().path("id").asString();

        Reply tailored = as(VERA).post("/api/v1/resumes/" + id + "/tailor",
                Map.of("vacancyId", VERAS_JAVA_VACANCY, "hideIrrelevant", true));

        assertThat(tailored.status()).as(tailored.toString()).isEqualTo(200);
        assertThat(tailored.etag()).isEqualTo("\"v2\"");
        JsonNode changes = tailored.json().at("/tailoring/changes");
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.path("kind").asString()).isEqualTo("TITLE_CHANGED");
            assertThat(change.path("before").get(0).asString()).isEqualTo("Backend developer");
            assertThat(change.path("after").get(0).asString()).isEqualTo("Java-разработчик (платежи)");
        });
        // The barista job names nothing the vacancy asks for: hidden; the Java jobs move up.
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.path("kind").asString()).isEqualTo("ENTRY_HIDDEN");
            assertThat(change.path("entry").asString()).isEqualTo("Barista");
        });
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.path("kind").asString()).isEqualTo("ENTRY_HIDDEN");
            assertThat(change.path("entry").asString()).isEqualTo("Photo blog");
        });
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.path("kind").asString()).isEqualTo("SKILLS_REORDERED");
            assertThat(change.path("after").get(0).asString()).isNotEqualTo("Photoshop");
            assertThat(change.path("after").get(change.path("after").size() - 1).asString()).isEqualTo("Photoshop");
        });
        assertThat(tailored.json().at("/tailoring/match/met")).extracting(JsonNode::asString)
                .contains("Java", "PostgreSQL", "Apache Kafka");
        assertThat(tailored.json().at("/design/targetVacancyId").asString()).isEqualTo(VERAS_JAVA_VACANCY.toString());

        String html = as(VERA).get("/api/v1/resumes/" + id + "/preview").text();
        assertThat(html).contains("Java-разработчик (платежи)").doesNotContain("Barista");
        assertThat(html.indexOf("Senior Java developer")).isLessThan(html.indexOf("Java developer<"));
    }

    @Test
    void aResumeWhoseVacancyWasDeletedSinceIsComposedUntailoredAndStillSaves() {
        String id = created(VERA, design("Java", "en", "classic")).json().path("id").asString();
        Reply tailored = as(VERA).post("/api/v1/resumes/" + id + "/tailor",
                Map.of("vacancyId", VERAS_JAVA_VACANCY, "hideIrrelevant", true));
        assertThat(tailored.status()).as(tailored.toString()).isEqualTo(200);
        ResumeSources.DELETED.add(VERAS_JAVA_VACANCY.toString());
        try {
            Reply preview = as(VERA).get("/api/v1/resumes/" + id + "/preview");
            assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
            assertThat(preview.text()).contains("Barista");

            ObjectNode design = (ObjectNode) tailored.json().path("design").deepCopy();
            Reply renamed = as(VERA).ifMatch(tailored.etag()).put("/api/v1/resumes/" + id,
                    design.put("title", "Java, renamed"));
            assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

            Reply elsewhere = as(VERA).post("/api/v1/resumes/" + id + "/tailor",
                    Map.of("vacancyId", VERAS_JAVA_VACANCY));
            assertThat(elsewhere.status()).as("tailoring to it again").isEqualTo(404);
        }
        finally {
            ResumeSources.DELETED.remove(VERAS_JAVA_VACANCY.toString());
        }
    }

    @Test
    void showsThePhotoOfAPhotoDocumentAndRefusesAnythingElse() throws IOException {
        UUID photo = UUID.randomUUID();
        UUID upload = UUID.randomUUID();
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + photo)).willReturn(okJson("""
                {"id": "%s", "kind": "PHOTO", "currentVersion": 2, "size": 500}""".formatted(photo))));
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + photo + "/versions/2/content")).willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(png(200, 240))));
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + upload)).willReturn(okJson("""
                {"id": "%s", "kind": "RESUME_UPLOAD", "currentVersion": 1, "size": 500}""".formatted(upload))));
        Map<String, Object> withPhoto = design("With photo", "en", "modern");
        withPhoto.put("photoDocumentId", photo);
        String id = created(VERA, withPhoto).json().path("id").asString();

        Reply html = as(VERA).get("/api/v1/resumes/" + id + "/preview");
        assertThat(html.status()).as(html.toString()).isEqualTo(200);
        assertThat(html.text()).contains("class=\"photo ").contains("data:image/");
        DOCUMENTS.verify(getRequestedFor(urlEqualTo("/api/v1/documents/" + photo + "/versions/2/content"))
                .withHeader("Authorization", matching("Bearer .+")));

        Map<String, Object> notAPhoto = design("Not a photo", "en", "modern");
        notAPhoto.put("photoDocumentId", upload);
        Reply refused = as(VERA).post("/api/v1/resumes/preview", notAPhoto);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("type").asString()).endsWith("/not-a-photo");
        Map<String, Object> unknown = design("Unknown photo", "en", "modern");
        unknown.put("photoDocumentId", UUID.randomUUID());
        assertThat(as(VERA).post("/api/v1/resumes/preview", unknown).status()).isEqualTo(404);
    }

    private static byte[] png(int width, int height) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void previewsHtmlAndPngOfASavedAndAnUnsavedDesign() throws IOException {
        String id = created(VERA, design("Preview", "ru", "modern")).json().path("id").asString();

        Reply html = as(VERA).get("/api/v1/resumes/" + id + "/preview");
        Reply png = as(VERA).get("/api/v1/resumes/" + id + "/preview?format=png&page=0");
        Reply unsaved = as(VERA).post("/api/v1/resumes/preview?format=html", design("Draft", "en", "compact"));
        Reply noPage = as(VERA).get("/api/v1/resumes/" + id + "/preview?format=png&page=7");

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.text()).contains("Вера Соколова").contains("Нордвинд Платежи")
                .contains("/api/v1/resumes/fonts/");
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(png.body())).getWidth()).isGreaterThan(600);
        assertThat(unsaved.text()).contains("Vera Sokolova").contains("Northwind Payments");
        assertThat(noPage.status()).isEqualTo(422);
    }

    @Test
    void rendersEachFormatIntoTheDocumentServiceAndPublishesTheEvent() throws IOException {
        String id = created(VERA, design("Java backend", "ru", "classic")).json().path("id").asString();
        String token = TestUsers.user(VERA);
        ApiClient vera = ApiClient.on(port).as(token);

        Reply pdf = vera.post("/api/v1/resumes/" + id + "/render?format=pdf", null);
        Reply docx = vera.post("/api/v1/resumes/" + id + "/render?format=docx", null);
        Reply md = vera.post("/api/v1/resumes/" + id + "/render?format=md", null);
        Reply html = vera.post("/api/v1/resumes/" + id + "/render?format=html", null);
        Reply exe = vera.post("/api/v1/resumes/" + id + "/render?format=exe", null);

        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(201);
        assertThat(pdf.json().path("documentId").asString()).isEqualTo(DOCUMENT.toString());
        assertThat(pdf.json().path("version").asInt()).isEqualTo(1);
        assertThat(pdf.json().path("format").asString()).isEqualTo("pdf");
        assertThat(docx.json().path("version").asInt()).isEqualTo(2);
        assertThat(md.json().path("format").asString()).isEqualTo("md");
        // HTML is the live preview, never a stored file: the document service refuses HTML as a security rule.
        assertThat(html.status()).isEqualTo(422);
        assertThat(html.json().path("type").asString()).endsWith("/unknown-format");
        assertThat(exe.status()).isEqualTo(422);
        assertThat(as(VERA).get("/api/v1/resumes/" + id).json().path("documentId").asString())
                .isEqualTo(DOCUMENT.toString());

        DOCUMENTS.verify(1, postRequestedFor(urlEqualTo("/api/v1/documents"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBodyPart(aMultipart().withName("kind").withBody(equalTo("GENERATED_RESUME")).build())
                .withRequestBodyPart(aMultipart().withName("file")
                        .withHeader("Content-Type", equalTo("application/pdf"))
                        .withHeader("Content-Disposition", containing("Java backend.pdf")).build()));
        DOCUMENTS.verify(2, postRequestedFor(urlMatching("/api/v1/documents/.*/versions")));
        List<LoggedRequest> versions = DOCUMENTS.findAll(postRequestedFor(urlMatching("/api/v1/documents/.*/versions")));
        assertThat(versions).extracting(r -> r.getPart("file").getHeader("Content-Type").firstValue())
                .containsExactly("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "text/markdown; charset=UTF-8");

        byte[] pdfBytes = DOCUMENTS.findAll(postRequestedFor(urlEqualTo("/api/v1/documents"))).getFirst()
                .getPart("file").getBody().asBytes();
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Вера Соколова").contains("Нордвинд Платежи")
                    .contains("Ведущий Java-разработчик").contains("март\u00a02021").contains("2018");
        }
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(versions.get(0).getPart("file")
                .getBody().asBytes()))) {
            assertThat(new XWPFWordExtractor(word).getText()).contains("Вера Соколова").contains("Опыт работы");
        }
        String markdown = new String(versions.get(1).getPart("file").getBody().asBytes(), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# Вера Соколова").doesNotContain("<");

        assertThat(events.ofType(ResumeGenerated.class).matching(e -> e.resumeId().toString().equals(id)))
                .extracting(ResumeGenerated::format).containsExactly("pdf", "docx", "md");
        assertThat(events.ofType(ResumeGenerated.class).matching(e -> e.resumeId().toString().equals(id)))
                .allSatisfy(e -> {
                    assertThat(e.userId()).isEqualTo(VERA);
                    assertThat(e.documentId()).isEqualTo(DOCUMENT);
                    assertThat(e.title()).isEqualTo("Java backend");
                });
    }

    @Test
    void storesMarkdownAsPlainTextWhenTheDocumentServiceRefusesMarkdown() {
        String id = created(VERA, design("Plain", "en", "ats-plain")).json().path("id").asString();
        DOCUMENTS.stubFor(post(urlEqualTo("/api/v1/documents")).atPriority(1)
                .withRequestBody(containing("Content-Type: text/markdown")).willReturn(aResponse().withStatus(415)
                        .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 415}")));

        Reply md = as(VERA).post("/api/v1/resumes/" + id + "/render?format=md", null);

        assertThat(md.status()).as(md.toString()).isEqualTo(201);
        assertThat(md.json().path("fileName").asString()).isEqualTo("Vera Sokolova - Plain.md.txt");
        List<LoggedRequest> tries = DOCUMENTS.findAll(postRequestedFor(urlEqualTo("/api/v1/documents")));
        assertThat(tries).extracting(r -> r.getPart("file").getHeader("Content-Type").firstValue())
                .containsExactly("text/markdown; charset=UTF-8", "text/plain; charset=UTF-8");
    }

    @Test
    void aDocumentServiceThatIsDownIs503AndStoresNothing() {
        String id = created(VERA, design("Down", "en", "classic")).json().path("id").asString();
        DOCUMENTS.resetAll();
        DOCUMENTS.stubFor(post(urlEqualTo("/api/v1/documents")).willReturn(aResponse().withStatus(500)));

        Reply failed = as(VERA).post("/api/v1/resumes/" + id + "/render?format=pdf", null);
        Reply refused = as(VERA).post("/api/v1/resumes/" + id + "/render?format=xls", null);

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.problemType()).isEqualTo("document-service-unavailable");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(as(VERA).get("/api/v1/resumes/" + id).json().has("documentId")).isFalse();
        assertThat(events.ofType(ResumeGenerated.class).matching(e -> e.resumeId().toString().equals(id))).isEmpty();
    }
}
