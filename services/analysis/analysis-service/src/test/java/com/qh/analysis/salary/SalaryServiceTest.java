package com.qh.analysis.salary;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.analysis.SourceServices;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The salary API over the whole service, with the team's synthetic market (src/test/resources/salary) as the market
 * store and the labelled profiles of {@link SourceServices}. The scheduled refresh is put off, so that the test sees
 * the service before its first training too.
 */
@QhServiceTest
@Import({ SourceServices.class, SalaryServiceTest.SyntheticMarket.class })
@TestPropertySource(properties = "qh.analysis.salary.initial-delay=1h")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SalaryServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    SalaryEstimates estimates;

    ApiClient api() {
        return ApiClient.on(port).as(TestUsers.user(SourceServices.IVAN));
    }

    @Test
    @Order(1)
    void answersServiceUnavailableWithRetryAfterBeforeTheModelHasReadTheMarket() {
        Reply reply = api().post("/api/v1/analysis/salary", Map.of("title", "Бухгалтер"));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.problemType()).isEqualTo("salary-model-not-ready");
        assertThat(reply.header("Retry-After")).isEqualTo("60");
        estimates.refresh();
    }

    @Test
    @Order(2)
    void estimatesATitleWithPercentilesComparablesAndTheExpectationInWords() {
        Reply reply = api().post("/api/v1/analysis/salary", Map.of("title", "Бухгалтер", "city", "Москва",
                "experience", "between1And3", "desiredSalary", Map.of("amount", 300_000)));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.path("currency").asString()).isEqualTo("RUB");
        assertThat(answer.path("period").asString()).isEqualTo("month");
        assertThat(answer.path("basis").asString()).isEqualTo("NET");
        List<Long> figures = List.of(answer.path("p10").asLong(), answer.path("p25").asLong(),
                answer.path("median").asLong(), answer.path("p75").asLong(), answer.path("p90").asLong());
        assertThat(figures).isSorted().allSatisfy(figure -> assertThat(figure).isPositive());
        assertThat(answer.path("sampleSize").asInt()).isPositive();
        assertThat(answer.path("comparables")).isNotEmpty();
        assertThat(answer.path("comparables").get(0).path("sourceId").asString()).isNotBlank();
        assertThat(answer.path("explanation").asString()).contains("comparable vacanc");
        assertThat(answer.path("expectation").path("percentile").asInt()).isGreaterThan(90);
        assertThat(answer.path("expectation").path("en").asString()).startsWith("Above");
        assertThat(answer.path("expectation").path("ru").asString()).startsWith("Выше");
    }

    @Test
    @Order(2)
    void takesYearsForExperienceAndAnswersGrossWhenAsked() {
        Reply net = api().post("/api/v1/analysis/salary", Map.of("title", "Курьер", "experience", "2"));
        Reply gross = api().post("/api/v1/analysis/salary", Map.of("title", "Курьер", "experience", "2",
                "basis", "GROSS"));

        assertThat(gross.status()).isEqualTo(200);
        assertThat(gross.json().path("basis").asString()).isEqualTo("GROSS");
        assertThat(gross.json().path("median").asLong()).isGreaterThan(net.json().path("median").asLong());
    }

    @Test
    @Order(2)
    void saysPlainlyWhenNothingInTheMarketIsComparable() {
        Reply reply = api().post("/api/v1/analysis/salary", Map.of("title", "Смотритель маяка"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("confidence").asString()).isEqualTo("NONE");
        assertThat(reply.json().path("median").isNull()).isTrue();
        assertThat(reply.json().path("explanation").asString()).contains("does not guess");
    }

    @Test
    @Order(2)
    void refusesAnUnknownExperienceANegativeSalaryAndAnOverlongTitleWithProblemDocuments() {
        Reply experience = api().post("/api/v1/analysis/salary", Map.of("title", "Бухгалтер",
                "experience", "lots"));
        assertThat(experience.status()).isEqualTo(400);
        assertThat(experience.errorFields()).contains("experience");
        assertThat(experience.detail()).contains("noExperience");

        Reply negative = api().post("/api/v1/analysis/salary", Map.of("title", "Бухгалтер",
                "desiredSalary", Map.of("amount", -5)));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).contains("desiredSalary.amount");

        Reply overlong = api().post("/api/v1/analysis/salary", Map.of("title", "Б".repeat(10_000)));
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(overlong.errorFields()).contains("title");

        Reply basis = api().post("/api/v1/analysis/salary", Map.of("title", "Бухгалтер", "basis", "monthly"));
        assertThat(basis.status()).isEqualTo(400);

        Reply anonymous = ApiClient.on(port).post("/api/v1/analysis/salary", Map.of("title", "Бухгалтер"));
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void estimatesTheProfilesOwnTitleAndRefusesAUserWithoutAProfile() {
        Reply mine = api().get("/api/v1/analysis/salary/me");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("comparables")).isNotEmpty();
        assertThat(mine.json().path("comparables").get(0).path("title").asString()).containsIgnoringCase("java");

        Reply nobody = ApiClient.on(port).as(TestUsers.user(SourceServices.NO_PROFILE))
                .get("/api/v1/analysis/salary/me");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.problemType()).isEqualTo("no-profile");
    }

    @Test
    @Order(3)
    void runsTheProfilesEstimateAsAJob() {
        Reply queued = api().post("/api/v1/analysis/jobs", Map.of("type", "SALARY"));
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);

        JsonNode done = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> api().get(queued.location()).json(),
                        job -> "DONE".equals(job.path("status").asString()));
        assertThat(done.path("result").path("currency").asString()).isEqualTo("RUB");
        assertThat(done.path("result").path("comparables")).isNotEmpty();
        assertThat(done.path("result").path("comparables").get(0).path("title").asString())
                .containsIgnoringCase("java");
    }

    /** The synthetic market as the market store. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SyntheticMarket {

        @Bean
        @Primary
        MarketSalaries syntheticMarket() {
            return () -> {
                try (var reader = new InputStreamReader(Objects.requireNonNull(
                        SalaryServiceTest.class.getResourceAsStream("/salary/market.csv")), StandardCharsets.UTF_8)) {
                    return MarketCsv.read(reader);
                }
                catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
    }
}
