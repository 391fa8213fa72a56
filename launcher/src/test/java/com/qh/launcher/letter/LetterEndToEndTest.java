package com.qh.launcher.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18 through the gateway of the default run: a profile written through the profile API and a vacancy pasted
 * into the vacancy API, a letter drafted from them by the letter service (which reads both over gRPC), edited with
 * If-Match, compared and restored, then rendered as PDF, DOCX and TXT into the document service and downloaded from
 * it. Another user's letter is a 404; a vacancy without text and an empty profile are 422s saying what is missing.
 */
@ExtendWith(RunningPlatform.class)
class LetterEndToEndTest {

    static final String LETTERS = "/api/v1/letters";
    static final String VACANCY = """
            Java Developer
            Northwind Payments builds the payment platform of a retail bank.
            Contact: Tom Becker

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
    void draftsEditsComparesRestoresAndDownloadsALetter() {
        User seeker = javaDeveloper();
        String vacancyId = pasteVacancy(seeker, VACANCY);

        Answer drafted = send(seeker, "POST", LETTERS, "{\"vacancyId\":\"" + vacancyId + "\",\"tone\":\"neutral\"}",
                null);
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        JsonNode letter = drafted.json();
        assertThat(letter.path("language").asString()).isEqualTo("en");
        assertThat(letter.path("greeting").asString()).isEqualTo("Dear Tom Becker,");
        assertThat(letter.path("text").asString()).contains("Northwind Payments", "Acme Payments",
                "2,000 requests a second");
        assertThat(letter.path("factCheck").path("warnings")).isEmpty();
        String path = LETTERS + "/" + letter.path("id").asString();

        List<String> paragraphs = new ArrayList<>();
        letter.path("paragraphs").forEach(p -> paragraphs.add(p.asString()));
        paragraphs.add(paragraphs.size() - 1, "I am also happy to relocate.");
        String body = RunningPlatform.JSON.writeValueAsString(Map.of("paragraphs", paragraphs));
        assertThat(send(seeker, "PUT", path, body, null).status()).isEqualTo(428);
        Answer edited = send(seeker, "PUT", path, body, "\"v1\"");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.headers().firstValue("ETag")).contains("\"v2\"");
        assertThat(edited.json().path("factCheck").path("checked").asBoolean()).isTrue();
        assertThat(edited.json().path("toneReport").isObject()).as(edited.body()).isTrue();
        assertThat(send(seeker, "PUT", path, body, "\"v1\"").status()).isEqualTo(412);

        Answer diff = send(seeker, "GET", path + "/diff?from=1&to=2", null, null);
        assertThat(diff.json().path("runs").valueStream()
                .filter(run -> run.path("op").asString().equals("INSERT")).map(run -> run.path("text").asString()))
                .anySatisfy(text -> assertThat(text).contains("relocate"));
        Answer restored = send(seeker, "POST", path + "/versions/1/restore", null, null);
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json().path("version").asInt()).isEqualTo(3);
        assertThat(restored.json().path("text").asString()).isEqualTo(letter.path("text").asString());

        for (String format : List.of("pdf", "docx", "txt")) {
            Answer rendered = send(seeker, "POST", path + "/render?format=" + format, null, null);
            assertThat(rendered.status()).as(rendered.toString()).isEqualTo(200);
            HttpResponse<byte[]> file = platform.sendForBytes(platform.request("GET", "/api/v1/documents/"
                    + rendered.json().path("documentId").asString() + "/versions/"
                    + rendered.json().path("version").asInt() + "/content", seeker.accessToken()));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body().length).isEqualTo(rendered.json().path("size").asInt());
            byte[] content = file.body();
            switch (format) {
                case "pdf" -> assertThat(new String(content, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                case "docx" -> assertThat(new String(content, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
                default -> assertThat(new String(content, StandardCharsets.UTF_8)).contains("Dear Tom Becker,",
                        "Northwind Payments");
            }
        }
        Answer documents = send(seeker, "GET", "/api/v1/documents?kind=GENERATED_LETTER", null, null);
        assertThat(documents.body()).contains(send(seeker, "GET", path, null, null).json().path("documentId")
                .asString());
    }

    @Test
    void refusesAnotherUsersLetterAVacancyWithoutTextAndAnEmptyProfile() {
        User seeker = javaDeveloper();
        String vacancyId = pasteVacancy(seeker, VACANCY);
        String path = LETTERS + "/" + send(seeker, "POST", LETTERS, "{\"vacancyId\":\"" + vacancyId + "\"}", null)
                .json().path("id").asString();
        User stranger = platform.signUp();

        assertProblem(send(stranger, "GET", path, null, null), 404, "not-found");
        assertProblem(send(stranger, "POST", LETTERS, "{\"vacancyId\":\"" + vacancyId + "\"}", null), 404,
                "not-found");

        Answer titleOnly = send(seeker, "POST", "/api/v1/vacancies",
                "{\"title\":\"Architect\",\"company\":\"Nowhere Ltd\"}", null);
        assertThat(titleOnly.status()).as(titleOnly.toString()).isEqualTo(201);
        assertProblem(send(seeker, "POST", LETTERS, "{\"vacancyId\":\"" + titleOnly.json().path("id").asString()
                + "\"}", null), 422, "vacancy-without-text");

        String strangersVacancy = pasteVacancy(stranger, VACANCY);
        assertProblem(send(stranger, "POST", LETTERS, "{\"vacancyId\":\"" + strangersVacancy + "\"}", null), 422,
                "empty-profile");
        assertProblem(send(seeker, "POST", LETTERS, "{\"vacancyId\":\"" + vacancyId + "\",\"tone\":\"rude\"}",
                null), 400, "validation");
    }

    /** A new user with a Java developer's profile: one job with a quantified achievement, three skills. */
    private static User javaDeveloper() {
        User seeker = platform.signUp();
        String etag = write(seeker, "PUT", "/api/v1/profile/summary", Map.of("primaryLanguage", "en",
                "summary", Map.of("en", "Backend developer building payment services.")), "\"v0\"", 200);
        etag = write(seeker, "POST", "/api/v1/profile/experience", Map.of(
                "employer", Map.of("en", "Acme Payments"), "position", Map.of("en", "Java Developer"),
                "startDate", "2018-01",
                "highlights", List.of(
                        Map.of("en", "Built a payment service in Java and Spring Boot handling 2,000 requests a second"),
                        Map.of("en", "Cut PostgreSQL report time from 40 to 2 seconds with window functions"))),
                etag, 201);
        for (String skill : List.of("Java", "Spring Boot", "PostgreSQL")) {
            etag = write(seeker, "POST", "/api/v1/profile/skills", Map.of("name", skill), etag, 201);
        }
        return seeker;
    }

    private static String pasteVacancy(User user, String text) {
        Answer saved = send(user, "POST", "/api/v1/vacancies/import",
                RunningPlatform.JSON.writeValueAsString(Map.of("text", text, "company", "Northwind Payments")), null);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        return saved.json().path("id").asString();
    }

    private static Answer send(User user, String method, String path, String body, String ifMatch) {
        var request = body == null ? platform.request(method, path, user.accessToken())
                : platform.json(method, path, body, user.accessToken());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return platform.send(request);
    }

    private static String write(User user, String method, String path, Object body, String etag, int expected) {
        Answer answer = send(user, method, path, RunningPlatform.JSON.writeValueAsString(body), etag);
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
        return answer.headers().firstValue("ETag").orElseThrow();
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString()).endsWith("/" + type);
        assertThat(answer.json().path("detail").asString()).isNotBlank();
    }
}
