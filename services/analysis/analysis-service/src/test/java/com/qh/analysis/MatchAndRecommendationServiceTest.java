package com.qh.analysis;

import static com.qh.analysis.SourceServices.IVAN;
import static com.qh.analysis.SourceServices.IVANS_ACCOUNTANT_VACANCY;
import static com.qh.analysis.SourceServices.IVANS_JAVA_VACANCY;
import static com.qh.analysis.SourceServices.LEAVING;
import static com.qh.analysis.SourceServices.LEAVINGS_VACANCY;
import static com.qh.analysis.SourceServices.NO_PROFILE;
import static com.qh.analysis.SourceServices.NO_PROFILES_VACANCY;
import static com.qh.analysis.SourceServices.OTHER;
import static com.qh.analysis.SourceServices.OTHERS_VACANCY;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.qh.analysis.resume.Resumes;
import com.qh.auth.api.UserDeleted;
import com.qh.vacancy.api.MarketChanged;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The match and the recommended vacancies over HTTP on the embedded infrastructure, with the real matcher, market
 * index and match history; profiles and vacancies are read by the service's gRPC clients from the profile and
 * vacancy contracts that {@link SourceServices} serves.
 */
@QhServiceTest
@Import(SourceServices.class)
class MatchAndRecommendationServiceTest {

    /**
     * The document service, answering as the real one does: the owner's token gets the document, anyone else's
     * (and a document nobody stored) a 404.
     */
    static final WireMockServer DOCUMENTS = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        DOCUMENTS.start();
        DOCUMENTS.stubFor(get(urlMatching("/api/v1/documents/.*")).atPriority(10).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
    }

    @DynamicPropertySource
    static void documentService(DynamicPropertyRegistry registry) {
        registry.add("qh.services.document.url", DOCUMENTS::baseUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient as(UUID user) {
        return ApiClient.on(port).as(TestUsers.user(user));
    }

    @Test
    void answersTheExplainedMatchOfTheProfileAgainstASavedVacancy() {
        Reply reply = as(IVAN).post("/api/v1/analysis/match", Map.of("vacancyId", IVANS_JAVA_VACANCY));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode match = reply.json();
        assertThat(match.path("score").asInt()).isGreaterThanOrEqualTo(70);
        assertThat(match.path("vacancyTitle").asString()).isEqualTo("Java-разработчик (Middle)");
        assertThat(match.path("parts").path("skills").asInt()).isGreaterThanOrEqualTo(70);
        JsonNode java = line(match, "Java");
        assertThat(java.path("importance").asString()).isEqualTo("MUST");
        assertThat(java.path("status").asString()).isEqualTo("MET");
        assertThat(java.path("evidence")).isNotEmpty();
        assertThat(java.path("evidence").get(0).path("section").asString()).isNotBlank();
        List<String> importances = new ArrayList<>();
        match.path("requirements").forEach(line -> importances.add(line.path("importance").asString()));
        assertThat(importances).isSortedAccordingTo((a, b) -> a.equals(b) ? 0 : a.equals("MUST") ? -1 : 1);
        assertThat(match.path("recommendations")).isNotEmpty();
        match.path("recommendations").forEach(advice -> {
            assertThat(advice.path("en").asString()).isNotBlank();
            assertThat(advice.path("ru").asString()).isNotBlank();
        });
    }

    @Test
    void answersRecommendationsInTheLanguageAskedFor() {
        Reply russian = as(IVAN).post("/api/v1/analysis/match", Map.of("vacancyId", IVANS_JAVA_VACANCY,
                "language", "ru"));
        Reply english = as(IVAN).header("Accept-Language", "en-GB,ru;q=0.5")
                .post("/api/v1/analysis/match", Map.of("vacancyId", IVANS_JAVA_VACANCY));

        assertThat(russian.json().path("recommendations")).isNotEmpty().allSatisfy(advice -> {
            assertThat(advice.path("ru").asString()).isNotBlank();
            assertThat(absent(advice.path("en"))).isTrue();
        });
        assertThat(english.json().path("recommendations")).isNotEmpty().allSatisfy(advice -> {
            assertThat(advice.path("en").asString()).isNotBlank();
            assertThat(absent(advice.path("ru"))).isTrue();
        });
    }

    @Test
    void listsTheMissingSkillsOfAVacancyOfAnotherProfession() {
        JsonNode match = as(IVAN).post("/api/v1/analysis/match", Map.of("vacancyId", IVANS_ACCOUNTANT_VACANCY))
                .json();

        assertThat(match.path("score").asInt()).isLessThan(40);
        assertThat(match.path("missingSkills")).isNotEmpty();
    }

    @Test
    void answersNotFoundForAnotherUsersVacancy() {
        Reply reply = as(IVAN).post("/api/v1/analysis/match", Map.of("vacancyId", OTHERS_VACANCY));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.problemType()).isEqualTo("not-found");
    }

    @Test
    void answersUnprocessableWhenTheUserHasNoProfile() {
        Reply match = as(NO_PROFILE).post("/api/v1/analysis/match", Map.of("vacancyId", NO_PROFILES_VACANCY));
        Reply recommended = as(NO_PROFILE).get("/api/v1/analysis/recommended-vacancies");

        assertThat(match.status()).isEqualTo(422);
        assertThat(match.problemType()).isEqualTo("no-profile");
        assertThat(recommended.status()).isEqualTo(422);
        assertThat(recommended.problemType()).isEqualTo("no-profile");
        assertThat(recommended.detail()).contains("profile");
    }

    @Test
    void matchesAnUploadedResumeOfTheCallerAgainstASavedVacancy() {
        String ivan = TestUsers.user(IVAN);
        UUID resume = UUID.randomUUID();
        stored(ivan, resume, "RESUME_UPLOAD", "cv.txt", "text/plain", resource("/resume/anna-smith-en.txt"));

        Reply reply = ApiClient.on(port).as(ivan).post("/api/v1/analysis/match", Map.of(
                "vacancyId", IVANS_JAVA_VACANCY, "documentId", resume));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode match = reply.json();
        assertThat(match.path("documentId").asString()).isEqualTo(resume.toString());
        assertThat(match.path("vacancyTitle").asString()).isEqualTo("Java-разработчик (Middle)");
        JsonNode java = line(match, "Java");
        assertThat(java.path("status").asString()).isEqualTo("MET");
        // The evidence points at the parsed resume's entries, not at the profile's.
        assertThat(java.path("evidence")).anySatisfy(evidence -> assertThat(evidence.path("entryId").asString())
                .isIn("work-0", "work-1", "skills-0"));
        // Kept in the history with the document it was made from.
        JsonNode kept = ApiClient.on(port).as(ivan).get("/api/v1/analysis/matches/" + match.path("id").asString())
                .json();
        assertThat(kept.path("documentId").asString()).isEqualTo(resume.toString());
    }

    @Test
    void answersNotFoundForAnotherUsersDocumentAndForAnUnknownOne() {
        UUID othersResume = UUID.randomUUID();
        stored(TestUsers.user(OTHER), othersResume, "RESUME_UPLOAD", "cv.txt", "text/plain",
                resource("/resume/anna-smith-en.txt"));

        Reply others = as(IVAN).post("/api/v1/analysis/match", Map.of("vacancyId", IVANS_JAVA_VACANCY,
                "documentId", othersResume));
        Reply unknown = as(IVAN).post("/api/v1/analysis/match", Map.of("vacancyId", IVANS_JAVA_VACANCY,
                "documentId", UUID.randomUUID()));

        assertThat(others.status()).isEqualTo(404);
        assertThat(others.problemType()).isEqualTo("not-found");
        assertThat(others.detail()).contains(othersResume.toString());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("not-found");
    }

    @Test
    void refusesADocumentThatIsNotAReadableResumeWithAProblemSayingWhy() {
        String ivan = TestUsers.user(IVAN);
        UUID photo = UUID.randomUUID();
        UUID scan = UUID.randomUUID();
        stored(ivan, photo, "PHOTO", "me.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
        stored(ivan, scan, "RESUME_UPLOAD", "scan.pdf", "application/pdf", Resumes.imageOnlyPdf());

        Reply notResume = ApiClient.on(port).as(ivan).post("/api/v1/analysis/match", Map.of(
                "vacancyId", IVANS_JAVA_VACANCY, "documentId", photo));
        Reply unreadable = ApiClient.on(port).as(ivan).post("/api/v1/analysis/match", Map.of(
                "vacancyId", IVANS_JAVA_VACANCY, "documentId", scan));

        assertThat(notResume.status()).isEqualTo(422);
        assertThat(notResume.problemType()).isEqualTo("not-a-resume");
        assertThat(notResume.detail()).contains("photo");
        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(unreadable.problemType()).isEqualTo("image-only-document");
        assertThat(unreadable.detail()).contains("no text layer");
    }

    /** A document of the user whose token this is, as the document service's user endpoints serve it. */
    private static void stored(String ownerToken, UUID documentId, String kind, String fileName, String mediaType,
            byte[] content) {
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + documentId))
                .withHeader("Authorization", equalTo("Bearer " + ownerToken))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "kind": "%s", "currentVersion": 1, "fileName": "%s", "mediaType": "%s",
                         "size": %d, "sha256": "%s"}
                        """.formatted(documentId, kind, fileName, mediaType, content.length,
                        UUID.randomUUID().toString().replace("-", "").repeat(2)))));
        DOCUMENTS.stubFor(get(urlEqualTo("/api/v1/documents/" + documentId + "/versions/1/content"))
                .withHeader("Authorization", equalTo("Bearer " + ownerToken))
                .willReturn(aResponse().withHeader("Content-Type", mediaType).withBody(content)));
    }

    private static byte[] resource(String name) {
        try (InputStream in = MatchAndRecommendationServiceTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void keepsEachMatchNewestFirstAndOnlyForItsOwner() {
        String first = as(OTHER).post("/api/v1/analysis/match", Map.of("vacancyId", OTHERS_VACANCY)).json()
                .path("id").asString();
        String second = as(OTHER).post("/api/v1/analysis/match", Map.of("vacancyId", OTHERS_VACANCY)).json()
                .path("id").asString();

        JsonNode history = as(OTHER).get("/api/v1/analysis/matches?vacancyId=" + OTHERS_VACANCY).json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("id").asString()).isEqualTo(second);
        assertThat(history.get(1).path("id").asString()).isEqualTo(first);
        assertThat(history.get(0).path("score").asInt()).isEqualTo(history.get(1).path("score").asInt());
        Reply whole = as(OTHER).header("Accept-Language", "ru").get("/api/v1/analysis/matches/" + first);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.json().path("requirements")).isNotEmpty();
        assertThat(as(IVAN).get("/api/v1/analysis/matches/" + first).status()).isEqualTo(404);
        assertThat(as(IVAN).get("/api/v1/analysis/matches?vacancyId=" + OTHERS_VACANCY).json()).isEmpty();
    }

    @Test
    void ranksSavedAndMarketVacanciesForTheProfile() {
        await().atMost(Duration.ofSeconds(30)).until(() -> as(IVAN)
                .get("/api/v1/analysis/recommended-vacancies").json().path("marketIndexed").asInt()
                == SourceServices.MARKET.size());

        JsonNode answer = as(IVAN).get("/api/v1/analysis/recommended-vacancies?limit=5").json();
        JsonNode vacancies = answer.path("vacancies");
        assertThat(vacancies).hasSizeLessThanOrEqualTo(5).isNotEmpty();
        JsonNode best = vacancies.get(0);
        assertThat(best.path("vacancyId").asString()).isEqualTo(IVANS_JAVA_VACANCY.toString());
        assertThat(best.path("origin").asString()).isEqualTo("SAVED");
        assertThat(best.path("score").asInt()).isGreaterThanOrEqualTo(70);
        List<Integer> scores = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        vacancies.forEach(v -> {
            scores.add(v.path("score").asInt());
            titles.add(v.path("title").asString());
        });
        assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        // The market copy of the vacancy Ivan saved is listed once, as his.
        assertThat(titles).containsOnlyOnce("Java-разработчик (Middle)");
        assertThat(answer.path("marketRefreshedAt").asString()).isNotBlank();
    }

    @Test
    void readsTheMarketAgainWhenTheVacancyServiceAnnouncesAChange() {
        await().atMost(Duration.ofSeconds(30)).until(() -> as(IVAN).get("/api/v1/analysis/recommended-vacancies")
                .json().path("marketIndexed").asInt() == SourceServices.MARKET.size());
        String before = as(IVAN).get("/api/v1/analysis/recommended-vacancies").json().path("marketRefreshedAt")
                .asString();

        // The next scheduled read is 15 minutes away: only the announcement can make this one.
        rabbit.convertAndSend("qh.events", "vacancy.market-changed.v1", ApiClient.JSON.writeValueAsBytes(
                new MarketChanged(UUID.randomUUID(), Instant.now(), "import", 8, 0, 8, 0)), m -> {
                    m.getMessageProperties().setContentType("application/json");
                    return m;
                });

        JsonNode after = await().atMost(Duration.ofSeconds(20)).until(() -> as(IVAN)
                .get("/api/v1/analysis/recommended-vacancies").json(), answer -> !answer.path("marketRefreshedAt")
                .asString().equals(before));
        assertThat(after.path("marketIndexed").asInt()).isEqualTo(SourceServices.MARKET.size());
    }

    @Test
    void erasesTheMatchesOfADeletedUser() {
        as(LEAVING).post("/api/v1/analysis/match", Map.of("vacancyId", LEAVINGS_VACANCY));
        assertThat(count(LEAVING)).isPositive();

        rabbit.convertAndSend("qh.events", "user.deleted.v1", ApiClient.JSON.writeValueAsBytes(
                new UserDeleted(UUID.randomUUID(), Instant.now(), LEAVING)), m -> {
                    m.getMessageProperties().setContentType("application/json");
                    return m;
                });

        await().atMost(Duration.ofSeconds(20)).until(() -> count(LEAVING) == 0);
        assertThat(as(LEAVING).get("/api/v1/analysis/matches").json()).isEmpty();
    }

    private int count(UUID user) {
        return jdbc.queryForObject("select count(*) from match_result where user_id = ?", Integer.class, user);
    }

    @Test
    void describesItsEndpointsWithExamplesInTheOpenApiDocument() {
        JsonNode paths = as(IVAN).get("/v3/api-docs").json().path("paths");

        assertThat(paths.propertyNames()).contains("/api/v1/analysis/match", "/api/v1/analysis/matches",
                "/api/v1/analysis/matches/{id}", "/api/v1/analysis/recommended-vacancies");
        for (String path : List.of("/api/v1/analysis/match", "/api/v1/analysis/recommended-vacancies")) {
            paths.path(path).forEach(operation -> {
                assertThat(operation.path("summary").asString()).isNotBlank();
                assertThat(operation.path("responses").path("200").toString()).contains("example");
            });
        }
    }

    @Test
    void refusesALimitOutOfRange() {
        Reply reply = as(IVAN).get("/api/v1/analysis/recommended-vacancies?limit=101");

        assertThat(reply.status()).isEqualTo(400);
    }

    private static boolean absent(JsonNode node) {
        return node.isNull() || node.isMissingNode();
    }

    private static JsonNode line(JsonNode match, String requirement) {
        for (JsonNode line : match.path("requirements")) {
            if (line.path("requirement").asString().equals(requirement)) {
                return line;
            }
        }
        throw new AssertionError("No requirement line " + requirement + " in " + match);
    }
}
