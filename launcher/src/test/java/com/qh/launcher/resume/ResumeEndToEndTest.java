package com.qh.launcher.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 through the gateway of the default run: a user fills in a profile and saves a vacancy through their
 * APIs, designs a resume (template, appearance), tailors it to the vacancy (the resume service reads both over
 * gRPC), previews it as HTML and PNG, renders PDF, DOCX and Markdown into the document service and downloads them
 * from there. An unknown template and an empty profile are 422 problem documents saying what is wrong.
 */
@ExtendWith(RunningPlatform.class)
class ResumeEndToEndTest {

    static final String RESUMES = "/api/v1/resumes";

    /** A backend vacancy as a user pastes it. */
    static final String JAVA_VACANCY = """
            Java Developer
            Northwind Payments builds the payment platform of a retail bank.

            Requirements:
            - 3+ years of commercial experience with Java
            - Spring Boot
            - PostgreSQL

            Nice to have:
            - Apache Kafka
            """;

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void designsTailorsPreviewsAndDownloadsAResume() throws IOException {
        User seeker = javaDeveloper();
        String vacancyId = saveVacancy(seeker);

        JsonNode templates = send(seeker, "GET", RESUMES + "/templates", null).json();
        assertThat(templates).extracting(t -> t.path("id").asString()).contains("classic", "modern", "ats-plain");
        HttpResponse<byte[]> thumbnail = bytes(seeker, templates.get(1).path("thumbnail").asString() + "?language=en");
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(new String(thumbnail.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(send(seeker, "GET", RESUMES + "/fonts", null).json())
                .extracting(f -> f.path("family").asString()).contains("PT Sans");

        Answer created = send(seeker, "POST", RESUMES, Map.of("title", "Payments", "language", "en",
                "template", "modern", "appearance", Map.of("fontFamily", "PT Sans", "accent", "#1d4ed8",
                        "pageSize", "LETTER", "skills", "TAGS")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String resume = RESUMES + "/" + created.json().path("id").asString();

        Answer tailored = send(seeker, "POST", resume + "/tailor", Map.of("vacancyId", vacancyId,
                "hideIrrelevant", true));
        assertThat(tailored.status()).as(tailored.toString()).isEqualTo(200);
        JsonNode changes = tailored.json().at("/tailoring/changes");
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.path("kind").asString()).isEqualTo("ENTRY_HIDDEN");
            assertThat(change.path("entry").asString()).isEqualTo("Shop assistant");
        });
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.path("kind").asString()).isEqualTo("TITLE_CHANGED");
            assertThat(change.path("after").get(0).asString()).isEqualTo("Java Developer");
        });
        assertThat(tailored.json().at("/tailoring/match/met")).extracting(JsonNode::asString)
                .contains("Java", "Spring Boot", "PostgreSQL");

        Answer html = send(seeker, "GET", resume + "/preview", null);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("Maria Ivanova").contains("Acme Payments").doesNotContain("Shop assistant");
        HttpResponse<byte[]> png = bytes(seeker, resume + "/preview?format=png&page=0");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");

        byte[] pdf = renderAndDownload(seeker, resume, "pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] docx = renderAndDownload(seeker, resume, "docx");
        assertThat(wordText(docx)).contains("Maria Ivanova").contains("Acme Payments");
        String markdown = new String(renderAndDownload(seeker, resume, "md"), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# Maria Ivanova").contains("Acme Payments").doesNotContain("<");
        assertThat(send(seeker, "GET", resume, null).json().path("documentId").asString()).isNotBlank();
    }

    @Test
    void anUnknownTemplateAndAnEmptyProfileAre422SayingWhatIsWrong() {
        User seeker = javaDeveloper();
        User newcomer = platform.signUp();

        Answer template = send(seeker, "POST", RESUMES, Map.of("title", "x", "language", "en",
                "template", "no-such-template"));
        Answer font = send(seeker, "POST", RESUMES, Map.of("title", "x", "language", "en", "template", "classic",
                "appearance", Map.of("fontFamily", "Comic Sans")));
        Answer empty = send(newcomer, "POST", RESUMES, Map.of("title", "x", "language", "en",
                "template", "classic"));

        assertProblem(template, 422, "invalid-appearance");
        assertThat(template.json().at("/errors/0/field").asString()).isEqualTo("template");
        assertProblem(font, 422, "invalid-appearance");
        assertThat(font.json().at("/errors/0/field").asString()).isEqualTo("appearance.fontFamily");
        assertProblem(empty, 422, "profile-incomplete");
        assertThat(empty.json().path("detail").asString()).contains("profile");
    }

    /** Renders the resume and downloads that version from the document service. */
    static byte[] renderAndDownload(User user, String resume, String format) {
        Answer rendered = send(user, "POST", resume + "/render?format=" + format, null);
        assertThat(rendered.status()).as(rendered.toString()).isEqualTo(201);
        assertThat(rendered.json().path("format").asString()).isEqualTo(format);
        HttpResponse<byte[]> file = bytes(user, "/api/v1/documents/" + rendered.json().path("documentId").asString()
                + "/versions/" + rendered.json().path("version").asInt() + "/content");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat((long) file.body().length).isEqualTo(rendered.json().path("size").asLong());
        return file.body();
    }

    /** A new user whose profile holds a Java job, a job that has nothing to do with Java, and three skills. */
    static User javaDeveloper() {
        User seeker = platform.signUp();
        String etag = write(seeker, "PUT", "/api/v1/profile/personal", Map.of(
                "firstName", Map.of("en", "Maria"), "lastName", Map.of("en", "Ivanova"),
                "headline", Map.of("en", "Backend developer"),
                "contacts", Map.of("email", "maria@example.org")), "\"v0\"", 200);
        etag = write(seeker, "POST", "/api/v1/profile/experience", Map.of(
                "employer", Map.of("en", "Corner Shop"), "position", Map.of("en", "Shop assistant"),
                "startDate", "2016-01", "endDate", "2017-12",
                "highlights", List.of(Map.of("en", "Served customers at the till"))), etag, 201);
        etag = write(seeker, "POST", "/api/v1/profile/experience", Map.of(
                "employer", Map.of("en", "Acme Payments"), "position", Map.of("en", "Java Developer"),
                "startDate", "2018-01", "current", true,
                "highlights", List.of(Map.of("en", "Mentored two interns"), Map.of("en", "Built a payment service "
                        + "in Java and Spring Boot on PostgreSQL"))), etag, 201);
        for (String skill : List.of("Java", "Spring Boot", "PostgreSQL")) {
            etag = write(seeker, "POST", "/api/v1/profile/skills", Map.of("name", skill), etag, 201);
        }
        return seeker;
    }

    static String saveVacancy(User seeker) {
        Answer saved = send(seeker, "POST", "/api/v1/vacancies/import", Map.of("text", JAVA_VACANCY));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        return saved.json().path("id").asString();
    }

    static Answer send(User user, String method, String path, Object body) {
        return platform.send(body == null ? platform.request(method, path, user.accessToken())
                : platform.json(method, path, RunningPlatform.JSON.writeValueAsString(body), user.accessToken()));
    }

    static HttpResponse<byte[]> bytes(User user, String path) {
        return platform.sendForBytes(platform.request("GET", path, user.accessToken()));
    }

    static String write(User user, String method, String path, Object body, String etag, int expected) {
        Answer answer = platform.send(platform.json(method, path, RunningPlatform.JSON.writeValueAsString(body),
                user.accessToken()).header("If-Match", etag));
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
        return answer.headers().firstValue("ETag").orElseThrow();
    }

    static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString()).endsWith("/" + type);
        assertThat(answer.json().path("detail").asString()).isNotBlank();
    }

    /** The text of a DOCX's main part, read from the ZIP without a Word library. */
    static String wordText(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("No word/document.xml in the DOCX");
    }
}
