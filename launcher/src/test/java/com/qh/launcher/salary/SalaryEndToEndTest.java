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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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

    /**
     * A measurement, not part of the build: with {@code -Dqh.salary.market=<an hh export CSV>} (the 4,495-row
     * training file outside the repository) it imports that file and prints how long the import took and how long
     * after it an estimate stood on the imported vacancies.
     */
    @Test
    @EnabledIfSystemProperty(named = "qh.salary.market", matches = ".+")
    void measuresTheTimeFromAnImportToAnEstimateOnIt() throws IOException {
        Path file = Path.of(System.getProperty("qh.salary.market"));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<String> ids = lines.stream().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                .collect(Collectors.toSet());
        String[] first = lines.get(1).split(",");
        String body = "{\"title\": " + RunningPlatform.JSON.writeValueAsString(first[1]) + ", \"city\": "
                + RunningPlatform.JSON.writeValueAsString(first[2]) + "}";
        User seeker = platform.signUp();

        long started = System.nanoTime();
        Answer imported = platform.send(platform.upload("/api/v1/market/import", file.getFileName().toString(),
                "text/csv", Files.readAllBytes(file), platform.signInAsAdmin().accessToken())
                .timeout(Duration.ofMinutes(10)));
        long importedAt = System.nanoTime();
        Answer answer = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> estimate(seeker, body), a -> a.status() == 200 && a.json().path("comparables")
                        .valueStream().anyMatch(c -> ids.contains(c.path("sourceId").asString())));
        System.out.printf("market import of %d rows: %d ms (%s); an estimate stood on it %d ms later%n",
                ids.size(), (importedAt - started) / 1_000_000, imported.json(),
                (System.nanoTime() - importedAt) / 1_000_000);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(answer.json().path("comparables")).isNotEmpty();
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
