package com.qh.launcher.salary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import com.qh.platform.catalog.ServiceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 through the gateway of the default run: an administrator imports a market file in hh.ru's data-set export
 * columns, the vacancy service announces the change (vacancy.market-changed.v1), the analysis service retrains its
 * salary model, and a user's estimate then stands on the imported vacancies: percentiles, comparables with their hh
 * ids, an explanation and where the user's expectation sits. Bad input is a problem document through the gateway.
 *
 * <p>The model is first seen trained (on whatever the market held), so that only the event can explain the imported
 * vacancies showing up within the wait: the scheduled look at the market comes every ten minutes.
 */
@ExtendWith(RunningPlatform.class)
@EnabledIf("analysisIsInTheDefaultRun")
class SalaryEndToEndTest {

    static final String SALARY = "/api/v1/analysis/salary";

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    static boolean analysisIsInTheDefaultRun() {
        return ServiceCatalog.load().find("analysis").isPresent();
    }

    @Test
    void estimatesFromAnImportedMarketOnceTheModelRetrainedOnIt() {
        User seeker = platform.signUp();
        String welder = """
                {"title": "Сварщик-аргонщик", "city": "Екатеринбург", "experience": "between3And6",
                 "desiredSalary": {"amount": 200000}}""";
        Answer before = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> estimate(seeker, welder), answer -> answer.status() != 503);
        assertThat(fromImportedMarket(before)).as("nothing of the file is known before it is imported").isFalse();

        Answer imported = platform.send(platform.upload("/api/v1/market/import", "market-ural.csv", "text/csv",
                uralMarket(), platform.signInAsAdmin().accessToken()));
        long importedAt = System.nanoTime();
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("read").asInt()).isEqualTo(60);
        assertThat(imported.json().path("added").asInt() + imported.json().path("updated").asInt()).isEqualTo(60);
        assertThat(imported.json().path("skipped").asInt()).isZero();

        Answer answer = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> estimate(seeker, welder), this::fromImportedMarket);
        System.out.printf("salary model answered from the imported market %d ms after the import%n",
                (System.nanoTime() - importedAt) / 1_000_000);

        JsonNode estimate = answer.json();
        assertThat(estimate.path("currency").asString()).isEqualTo("RUB");
        assertThat(estimate.path("period").asString()).isEqualTo("month");
        assertThat(estimate.path("basis").asString()).isEqualTo("NET");
        List<Long> percentiles = List.of(estimate.path("p10").asLong(), estimate.path("p25").asLong(),
                estimate.path("median").asLong(), estimate.path("p75").asLong(), estimate.path("p90").asLong());
        assertThat(percentiles).isSorted().allSatisfy(p -> assertThat(p).isBetween(30_000L, 400_000L));
        assertThat(estimate.path("sampleSize").asInt()).isPositive();
        assertThat(estimate.path("comparables").size()).isBetween(1, 10);
        JsonNode nearest = estimate.path("comparables").get(0);
        assertThat(nearest.path("title").asString()).containsIgnoringCase("сварщик");
        assertThat(nearest.path("sourceId").asString()).startsWith("91500");
        assertThat(estimate.path("explanation").asString()).isNotBlank();
        assertThat(estimate.path("expectation").path("percentile").asInt()).isBetween(0, 100);
        assertThat(estimate.path("expectation").path("en").asString()).isNotBlank();
    }

    @Test
    void answersBadInputWithProblemDocumentsThroughTheGateway() {
        User seeker = platform.signUp();

        Answer experience = estimate(seeker, """
                {"title": "Сварщик", "experience": "lots"}""");
        Answer negative = estimate(seeker, """
                {"title": "Сварщик", "desiredSalary": {"amount": -5}}""");
        Answer overlong = estimate(seeker, "{\"title\": \"" + "С".repeat(10_000) + "\"}");

        for (Answer refused : List.of(experience, negative, overlong)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("type").asString()).startsWith("https://qh.dev/problems/");
            assertThat(refused.json().path("detail").asString()).isNotBlank();
        }
        assertThat(fields(experience)).contains("experience");
        assertThat(experience.json().path("detail").asString()).contains("noExperience");
        assertThat(fields(negative)).contains("desiredSalary.amount");
        assertThat(fields(overlong)).contains("title");
        assertThat(platform.send(platform.json("POST", SALARY, "{\"title\": \"Сварщик\"}", null)).status())
                .isEqualTo(401);
    }

    private static Answer estimate(User user, String body) {
        return platform.send(platform.json("POST", SALARY, body, user.accessToken()));
    }

    /** An estimate whose comparables include vacancies of the imported file (ids 9150001–9150060). */
    private boolean fromImportedMarket(Answer answer) {
        return answer.status() == 200 && answer.json().path("comparables").valueStream()
                .anyMatch(comparable -> comparable.path("sourceId").asString().startsWith("91500"));
    }

    private static List<String> fields(Answer answer) {
        return answer.json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
    }

    private static byte[] uralMarket() {
        try (InputStream in = SalaryEndToEndTest.class.getResourceAsStream("/salary/market-ural.csv")) {
            return Objects.requireNonNull(in, "salary/market-ural.csv").readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
