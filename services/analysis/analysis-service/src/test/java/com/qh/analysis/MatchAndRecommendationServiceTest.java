package com.qh.analysis;

import static com.qh.analysis.FixedSources.IVAN;
import static com.qh.analysis.FixedSources.IVANS_ACCOUNTANT_VACANCY;
import static com.qh.analysis.FixedSources.IVANS_JAVA_VACANCY;
import static com.qh.analysis.FixedSources.LEAVING;
import static com.qh.analysis.FixedSources.LEAVINGS_VACANCY;
import static com.qh.analysis.FixedSources.NO_PROFILE;
import static com.qh.analysis.FixedSources.NO_PROFILES_VACANCY;
import static com.qh.analysis.FixedSources.OTHER;
import static com.qh.analysis.FixedSources.OTHERS_VACANCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.auth.api.UserDeleted;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
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
import tools.jackson.databind.JsonNode;

/**
 * The match and the recommended vacancies over HTTP on the embedded infrastructure, with the real matcher, market
 * index and match history; profiles and vacancies come from {@link FixedSources}.
 */
@QhServiceTest
@Import(FixedSources.class)
class MatchAndRecommendationServiceTest {

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
    void answersUnprocessableForAnUploadedResumeWhileParsingIsNotAvailable() {
        Reply reply = as(IVAN).post("/api/v1/analysis/match", Map.of("vacancyId", IVANS_JAVA_VACANCY,
                "documentId", UUID.randomUUID()));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.problemType()).isEqualTo("resume-parsing-not-available");
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
                == FixedSources.MARKET.size());

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
