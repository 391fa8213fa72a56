package com.qh.profile.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Importing an uploaded resume ({@code format=document}) over HTTP on the embedded infrastructure. The analysis
 * service is WireMock in the JVM answering as the real one does: the parse for the owner's token, a 404 for anyone
 * else's, its 422 problem for a scan, and failures the profile must turn into a 503.
 */
@QhServiceTest(properties = {
        "qh.crypto.active-key=k1",
        "qh.crypto.keys.k1=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=" })
class DocumentImportTest {

    static final WireMockServer ANALYSIS = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        ANALYSIS.start();
    }

    @DynamicPropertySource
    static void analysisService(DynamicPropertyRegistry registry) {
        registry.add("qh.services.analysis.url", ANALYSIS::baseUrl);
    }

    /**
     * What the analysis service answers for a Russian resume: ParsedResume's fields, each with a confidence, and
     * the same as the JSON Resume its {@code toJsonResume()} builds (a freelance job without title, a site it does
     * not know without a network: the profile leaves out the one and names the other).
     */
    static final String PARSED = """
            {"fileName": "cv.pdf", "mediaType": "application/pdf", "language": "ru", "pages": 2,
             "name": {"value": "Иван Петров", "confidence": 0.9},
             "headline": {"value": "Java-разработчик", "confidence": 0.85},
             "contacts": {"email": {"value": "ivan.petrov@example.org", "confidence": 0.99},
                          "phone": {"value": "+79161234567", "confidence": 0.95},
                          "city": {"value": "Москва", "confidence": 0.9}},
             "links": [{"value": "github.com/ivan-petrov", "confidence": 0.9},
                       {"value": "https://www.ivan-petrov.dev/blog", "confidence": 0.7}],
             "summary": "Пишу backend на Java восемь лет.",
             "experience": [
               {"company": {"value": "ООО «Ромашка»", "confidence": 0.9},
                "title": {"value": "Ведущий разработчик", "confidence": 0.8},
                "start": "2020-03", "end": null, "current": true, "monthsKnown": true,
                "dates": "март 2020 — по настоящее время", "datesConfidence": 0.95,
                "bullets": ["Перевёл биллинг на Spring Boot", "Сократил время ответа API на 40%"]},
               {"company": {"value": "Банк Восток", "confidence": 0.85},
                "title": {"value": "Разработчик", "confidence": 0.8},
                "start": "2016-01", "end": "2019-12", "current": false, "monthsKnown": false,
                "dates": "2016–2019", "datesConfidence": 0.7, "bullets": []},
               {"company": {"value": "Фриланс", "confidence": 0.4}, "title": null,
                "start": "2015-01", "end": "2015-12", "current": false, "monthsKnown": false,
                "dates": "2015", "datesConfidence": 0.5, "bullets": ["Сайты на заказ"]}],
             "education": [{"institution": {"value": "МГТУ им. Н. Э. Баумана", "confidence": 0.9},
                            "degree": "Бакалавр", "area": "Информатика", "end": 2016}],
             "skills": [{"name": "Java", "written": "Java", "section": "skills", "confidence": 0.95},
                        {"name": "Spring Boot", "written": "Spring", "section": "skills", "confidence": 0.95},
                        {"name": "Java", "written": "java", "section": "experience", "confidence": 0.8}],
             "languages": [{"language": "English", "level": "B2 — upper intermediate", "confidence": 0.9}],
             "sections": ["Опыт работы", "Образование", "Ключевые навыки", "Знание языков"],
             "jsonResume": {
               "basics": {"name": "Иван Петров", "label": "Java-разработчик", "email": "ivan.petrov@example.org",
                          "phone": "+79161234567", "summary": "Пишу backend на Java восемь лет.",
                          "location": {"city": "Москва"},
                          "profiles": [{"network": "GitHub", "url": "https://github.com/ivan-petrov"},
                                       {"url": "https://www.ivan-petrov.dev/blog"}]},
               "work": [{"name": "ООО «Ромашка»", "position": "Ведущий разработчик", "startDate": "2020-03",
                         "highlights": ["Перевёл биллинг на Spring Boot", "Сократил время ответа API на 40%"]},
                        {"name": "Банк Восток", "position": "Разработчик", "startDate": "2016", "endDate": "2019"},
                        {"name": "Фриланс", "startDate": "2015", "endDate": "2015",
                         "highlights": ["Сайты на заказ"]}],
               "education": [{"institution": "МГТУ им. Н. Э. Баумана", "studyType": "Бакалавр",
                              "area": "Информатика", "endDate": "2016"}],
               "skills": [{"name": "Навыки", "keywords": ["Java", "Spring Boot"]}],
               "languages": [{"language": "English", "fluency": "B2 — upper intermediate"}]}}
            """;

    @LocalServerPort
    int port;

    UUID userId;
    String token;
    ApiClient api;
    UUID documentId;

    @BeforeEach
    void analysisAnswersTheOwner() {
        userId = UUID.randomUUID();
        token = TestUsers.user(userId);
        api = ApiClient.on(port).as(token);
        documentId = UUID.randomUUID();
        ANALYSIS.resetAll();
        ANALYSIS.stubFor(post(urlEqualTo(UploadedResumes.PARSE))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(equalToJson("{\"documentId\": \"" + documentId + "\"}"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(PARSED)));
        ANALYSIS.stubFor(post(urlEqualTo(UploadedResumes.PARSE)).atPriority(10)
                .willReturn(problem(404, "not-found", "There is no document of yours.")));
    }

    @Test
    void answersTheDiffOfAnUploadedResumeOnADryRunAndSavesNothing() {
        Reply dryRun = api.post(importPath() + "&documentId=" + documentId, null);

        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().path("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.json().path("version").asLong()).isZero();
        assertThat(dryRun.etag()).isEqualTo("\"v0\"");
        assertThat(dryRun.json().path("changes").valueStream().map(change -> change.path("section").asString()))
                .contains("personal", "experience", "education", "skills", "languages");
        assertThat(api.get("/api/v1/profile").etag()).isEqualTo("\"v0\"");
        ANALYSIS.verify(1, postRequestedFor(urlEqualTo(UploadedResumes.PARSE))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("X-Correlation-Id", matching(".+")));
    }

    @Test
    void appliesTheUploadedResumeWithIfMatchInTheFilesLanguageLeavingOutAJobWithoutTitle() {
        Reply applied = api.ifMatch("\"v0\"").post(importPath() + "&documentId=" + documentId + "&dryRun=false",
                null);

        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.json().path("dryRun").asBoolean()).isFalse();
        assertThat(applied.etag()).isEqualTo("\"v1\"");
        JsonNode profile = api.get("/api/v1/profile").json();
        assertThat(profile.at("/personal/firstName/ru").asString()).isEqualTo("Иван");
        assertThat(profile.at("/personal/headline/ru").asString()).isEqualTo("Java-разработчик");
        assertThat(profile.at("/personal/contacts/email").asString()).isEqualTo("ivan.petrov@example.org");
        assertThat(profile.at("/personal/links/0/url").asString()).isEqualTo("https://github.com/ivan-petrov");
        assertThat(profile.at("/experience/0/employer/ru").asString()).isEqualTo("ООО «Ромашка»");
        assertThat(profile.at("/experience/0/startDate").asString()).isEqualTo("2020-03");
        assertThat(profile.at("/experience/0/highlights/1/ru").asString())
                .isEqualTo("Сократил время ответа API на 40%");
        assertThat(profile.at("/personal/links/1/network").asString()).isEqualTo("ivan-petrov.dev");
        assertThat(profile.at("/experience")).hasSize(2);
        assertThat(profile.at("/experience/1/startDate").asString()).isEqualTo("2016");
        assertThat(profile.at("/experience/1/endDate").asString()).isEqualTo("2019");
        assertThat(profile.at("/education/0/endDate").asString()).isEqualTo("2016");
        assertThat(profile.at("/skills/0/keywords").valueStream().map(JsonNode::asString))
                .containsExactly("Java", "Spring Boot");
        assertThat(profile.at("/languages/0/cefr").asString()).isEqualTo("B2");
    }

    @Test
    void refusesToApplyWithoutIfMatch() {
        Reply reply = api.post(importPath() + "&documentId=" + documentId + "&dryRun=false", null);

        assertThat(reply.status()).isEqualTo(428);
        assertThat(api.get("/api/v1/profile").etag()).isEqualTo("\"v0\"");
    }

    @Test
    void answers404ForADocumentThatIsNotTheCallers() {
        ApiClient stranger = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));

        Reply reply = stranger.post(importPath() + "&documentId=" + documentId, null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.problemType()).isEqualTo("not-found");
    }

    @Test
    void passesOnTheAnalysisServicesRefusalOfAScan() {
        ANALYSIS.stubFor(post(urlEqualTo(UploadedResumes.PARSE)).atPriority(1).willReturn(problem(422,
                "image-only-document", "The file holds only pictures of text (a scan); upload one with text.")));

        Reply reply = api.post(importPath() + "&documentId=" + documentId, null);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.problemType()).isEqualTo("image-only-document");
        assertThat(reply.detail()).isEqualTo("The file holds only pictures of text (a scan); upload one with text.");
    }

    @Test
    void passesOnAnUnsupportedFileType() {
        ANALYSIS.stubFor(post(urlEqualTo(UploadedResumes.PARSE)).atPriority(1).willReturn(problem(415,
                "unsupported-document-type", "Only PDF, DOC, DOCX, RTF, ODT and text files can be read.")));

        Reply reply = api.post(importPath() + "&documentId=" + documentId, null);

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.problemType()).isEqualTo("unsupported-document-type");
    }

    @Test
    void describesTheDocumentFormatInTheOpenApiDocument() {
        JsonNode operation = ApiClient.on(port).get("/v3/api-docs").json()
                .path("paths").path("/api/v1/profile/import").path("post");

        assertThat(operation.path("parameters").valueStream().map(p -> p.path("name").asString()))
                .contains("format", "documentId", "language", "dryRun");
        assertThat(operation.path("description").asString()).contains("format=document");
        assertThat(operation.path("responses").has("503")).isTrue();
    }

    @Test
    void answers503WhenTheAnalysisServiceFails() {
        ANALYSIS.stubFor(post(urlEqualTo(UploadedResumes.PARSE)).atPriority(1)
                .willReturn(problem(500, "internal", "Something went wrong.")));
        Reply failing = api.post(importPath() + "&documentId=" + documentId, null);

        ANALYSIS.stubFor(post(urlEqualTo(UploadedResumes.PARSE)).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Reply down = api.post(importPath() + "&documentId=" + documentId, null);

        assertThat(failing.status()).isEqualTo(503);
        assertThat(failing.problemType()).isEqualTo("analysis-unavailable");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.problemType()).isEqualTo("analysis-unavailable");
    }

    @Test
    void answers503WhenTheAnalysisAnswerHoldsNoJsonResume() {
        ANALYSIS.stubFor(post(urlEqualTo(UploadedResumes.PARSE)).atPriority(1).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(PARSED.substring(0, PARSED.lastIndexOf(',', PARSED.indexOf("\"jsonResume\""))) + "}")));

        Reply reply = api.post(importPath() + "&documentId=" + documentId, null);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.problemType()).isEqualTo("analysis-unavailable");
    }

    @Test
    void answersAFieldErrorWithoutDocumentIdAndCallsNoOne() {
        Reply reply = api.post(importPath(), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problemType()).isEqualTo("validation");
        assertThat(reply.errorFields()).containsExactly("documentId");
        ANALYSIS.verify(0, postRequestedFor(urlEqualTo(UploadedResumes.PARSE)));
    }

    private static String importPath() {
        return "/api/v1/profile/import?format=document";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String slug,
            String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"type": "https://qh.dev/problems/%s", "title": "Problem", "status": %d, "detail": "%s"}
                        """.formatted(slug, status, detail));
    }
}
