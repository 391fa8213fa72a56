package com.qh.ai.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.qh.ai.internal.Fixtures.ANNA;
import static com.qh.ai.internal.Fixtures.SERVICE_TOKEN;
import static com.qh.ai.internal.Fixtures.allowance;
import static com.qh.ai.internal.Fixtures.bulletRewrite;
import static com.qh.ai.internal.Fixtures.letterDraft;
import static com.qh.ai.internal.Fixtures.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.qh.ai.AiBudgetSpentException;
import com.qh.ai.Fallback;
import com.qh.ai.Generated;
import com.qh.ai.Origin;
import com.qh.ai.TokenUsage;
import com.qh.ai.internal.Fixtures.Bullets;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The model-backed generator against WireMock serving recorded OpenAI-compatible answers, and WireMock standing in
 * for auth's allowance and usage endpoints.
 */
class ModelGeneratorTest {

    private static final String COMPLETIONS = "/v1/chat/completions";

    @RegisterExtension
    static WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension auth = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private UsageLedger ledger;
    private ModelGenerator generator;

    @BeforeEach
    void authKeepsABudget() {
        auth.stubFor(post(urlPathEqualTo("/internal/v1/auth/service-token"))
                .willReturn(okJson("{\"accessToken\":\"" + SERVICE_TOKEN + "\",\"expiresIn\":900}")));
        auth.stubFor(get(urlPathEqualTo(AuthBudget.ALLOWANCE)).willReturn(okJson(allowance(50_000, 1_234))));
        auth.stubFor(post(urlPathEqualTo(AuthBudget.USAGE)).willReturn(aResponse().withStatus(204)));
        generator = generatorWith(Fixtures.settings(model.baseUrl()));
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    private ModelGenerator generatorWith(AiProperties settings) {
        if (ledger != null) {
            ledger.close();
        }
        AuthBudget budget = Fixtures.authAt(auth.baseUrl());
        ledger = new UsageLedger(budget, 100, Duration.ofHours(1));
        return Fixtures.generator(settings, budget, ledger);
    }

    @Test
    void bindsAValidJsonAnswerAskedForInJsonSchemaMode() {
        model.stubFor(post(COMPLETIONS).willReturn(okJson(recorded("bullets.json"))));

        Generated<Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.origin()).isEqualTo(Origin.MODEL);
        assertThat(answer.fallback()).isEqualTo(Fallback.NONE);
        assertThat(answer.value().bullets()).containsExactly(
                "Cut checkout latency by 40% by moving payment calls to Kafka",
                "Led a team of 4 engineers through the PostgreSQL 16 migration");
        assertThat(answer.usage()).isEqualTo(new TokenUsage(412, 38));
        assertThat(answer.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(answer.promptVersion()).startsWith("resume-bullets.en.1");
        model.verify(1, postRequestedFor(urlPathEqualTo(COMPLETIONS))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer sk-test"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.bullets.type",
                        equalTo("array")))
                .withRequestBody(matchingJsonPath("$.messages[1].content",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("JSON schema"))));
    }

    @Test
    void checksTheAllowanceAndRecordsUsageWithTheServiceToken() {
        model.stubFor(post(COMPLETIONS).willReturn(okJson(recorded("bullets.json"))));

        generator.generate(bulletRewrite());

        auth.verify(1, getRequestedFor(urlPathEqualTo(AuthBudget.ALLOWANCE))
                .withQueryParam("userId", equalTo(ANNA.toString()))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + SERVICE_TOKEN)));
        auth.verify(1, postRequestedFor(urlPathEqualTo(AuthBudget.USAGE))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + SERVICE_TOKEN))
                .withRequestBody(equalToJson("""
                        {"usageId":"${json-unit.any-string}","userId":"%s","service":"letter",
                         "feature":"resume-bullets","model":"gpt-4o-mini-2024-07-18",
                         "promptTokens":412,"completionTokens":38}""".formatted(ANNA))));
    }

    @Test
    void returnsPlainTextForProse() {
        model.stubFor(post(COMPLETIONS).willReturn(okJson(recorded("letter-plain.json"))));

        Generated<String> answer = generator.generate(letterDraft("Backend Engineer at Acme: Java, Kafka."));

        assertThat(answer.origin()).isEqualTo(Origin.MODEL);
        assertThat(answer.value()).startsWith("Dear hiring team at Acme,").endsWith("Anna Petrova");
        model.verify(postRequestedFor(urlPathEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$[?(!@.response_format)]")));
    }

    @Test
    void retriesAnInvalidAnswerOnceThenAnswersOffline() {
        model.stubFor(post(COMPLETIONS).willReturn(okJson(recorded("bullets-invalid.json"))));

        Generated<Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.origin()).isEqualTo(Origin.OFFLINE);
        assertThat(answer.fallback()).isEqualTo(Fallback.INVALID_ANSWER);
        assertThat(answer.detail()).contains("not JSON");
        assertThat(answer.value().bullets()).containsExactly("Moved payment calls to Kafka, latency down 40%");
        assertThat(answer.usage()).isEqualTo(new TokenUsage(800, 50));
        model.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        auth.verify(1, postRequestedFor(urlPathEqualTo(AuthBudget.USAGE))
                .withRequestBody(matchingJsonPath("$.promptTokens", equalTo("800"))));
    }

    @Test
    void rejectsJsonThatDoesNotMatchTheSchema() {
        model.stubFor(post(COMPLETIONS).willReturn(okJson(recorded("bullets-wrong-schema.json"))));

        Generated<Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.fallback()).isEqualTo(Fallback.INVALID_ANSWER);
        assertThat(answer.detail()).contains("schema");
        model.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void usesTheSecondAnswerWhenTheFirstWasInvalid() {
        model.stubFor(post(COMPLETIONS).inScenario("bad then good").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(recorded("bullets-invalid.json"))).willSetStateTo("retried"));
        model.stubFor(post(COMPLETIONS).inScenario("bad then good").whenScenarioStateIs("retried")
                .willReturn(okJson(recorded("bullets.json"))));

        Generated<Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.origin()).isEqualTo(Origin.MODEL);
        assertThat(answer.value().bullets()).hasSize(2);
        assertThat(answer.usage()).isEqualTo(new TokenUsage(812, 63));
    }

    @Test
    void retriesA429OnceAndUsesTheAnswer() {
        model.stubFor(post(COMPLETIONS).inScenario("rate limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}"))
                .willSetStateTo("retried"));
        model.stubFor(post(COMPLETIONS).inScenario("rate limited").whenScenarioStateIs("retried")
                .willReturn(okJson(recorded("bullets.json"))));

        Generated<Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.origin()).isEqualTo(Origin.MODEL);
        model.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void fallsBackAfterTwoServerErrors() {
        model.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")));

        Generated<Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.origin()).isEqualTo(Origin.OFFLINE);
        assertThat(answer.fallback()).isEqualTo(Fallback.MODEL_ERROR);
        assertThat(answer.detail()).contains("500");
        model.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        auth.verify(0, postRequestedFor(urlPathEqualTo(AuthBudget.USAGE)));
    }

    @Test
    void doesNotRetryARequestTheEndpointRefusedAsBad() {
        model.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Unknown model\",\"type\":\"invalid_request_error\"}}")));

        Generated<Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.fallback()).isEqualTo(Fallback.MODEL_ERROR);
        model.verify(1, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void fallsBackWhenTheModelIsTooSlowTwice() {
        model.stubFor(post(COMPLETIONS).willReturn(okJson(recorded("bullets.json")).withFixedDelay(1_500)));

        Generated<Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.origin()).isEqualTo(Origin.OFFLINE);
        assertThat(answer.fallback()).isEqualTo(Fallback.TIMEOUT);
        model.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndStopsAskingTheModel() {
        model.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(503)));

        generator.generate(bulletRewrite());
        generator.generate(bulletRewrite());
        assertThat(generator.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);

        Generated<Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.origin()).isEqualTo(Origin.OFFLINE);
        assertThat(answer.fallback()).isEqualTo(Fallback.CIRCUIT_OPEN);
        model.verify(4, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void refusesWithA429ProblemWhenTheBudgetIsSpent() {
        auth.stubFor(get(urlPathEqualTo(AuthBudget.ALLOWANCE)).willReturn(okJson(allowance(50_000, 50_000))));

        assertThatThrownBy(() -> generator.generate(bulletRewrite()))
                .isInstanceOfSatisfying(AiBudgetSpentException.class, spent -> {
                    assertThat(spent.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                    assertThat(spent.type()).isEqualTo(URI.create("https://qh.dev/problems/ai-budget-spent"));
                    assertThat(spent.title()).isEqualTo("Daily AI budget spent");
                    assertThat(spent.detail()).contains("50000 tokens").contains("2026-12-05T00:00:00Z");
                    assertThat(spent.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7200");
                });
        model.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void answersOfflineWithoutAskingTheModelWhenTheAllowanceCannotBeRead() {
        auth.stubFor(get(urlPathEqualTo(AuthBudget.ALLOWANCE)).willReturn(aResponse().withStatus(503)));

        Generated<Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.fallback()).isEqualTo(Fallback.BUDGET_UNAVAILABLE);
        model.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void keepsUsageAuthDidNotTakeAndSendsItLater() {
        model.stubFor(post(COMPLETIONS).willReturn(okJson(recorded("bullets.json"))));
        auth.stubFor(post(urlPathEqualTo(AuthBudget.USAGE)).willReturn(aResponse().withStatus(503)));

        generator.generate(bulletRewrite());
        assertThat(ledger.pending()).isEqualTo(1);

        auth.stubFor(post(urlPathEqualTo(AuthBudget.USAGE)).willReturn(aResponse().withStatus(204)));
        assertThat(ledger.flush()).isEqualTo(1);
        assertThat(ledger.pending()).isZero();
        auth.verify(2, postRequestedFor(urlPathEqualTo(AuthBudget.USAGE))
                .withRequestBody(matchingJsonPath("$.completionTokens", equalTo("38"))));
    }

    @Test
    void asksTheFeaturesOwnModelAndSkipsSwitchedOffFeatures() {
        model.stubFor(post(COMPLETIONS).willReturn(okJson(recorded("letter-plain.json"))));
        generator = generatorWith(Fixtures.settings(model.baseUrl(), Map.of(
                "letter-draft", new AiProperties.Feature("llama3.1:8b", null, null),
                "resume-bullets", new AiProperties.Feature(null, false, null))));

        Generated<String> letter = generator.generate(letterDraft("Backend Engineer at Acme."));
        Generated<Bullets> bullets = generator.generate(bulletRewrite());

        assertThat(letter.model()).isEqualTo("llama3.1:8b");
        assertThat(bullets.fallback()).isEqualTo(Fallback.FEATURE_DISABLED);
        model.verify(1, postRequestedFor(urlPathEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.1:8b"))));
    }

    @Test
    void streamsTheDraftAsTheModelWritesIt() {
        model.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(recorded("letter-stream.txt"))));
        List<String> pieces = new ArrayList<>();

        Generated<String> answer = generator.stream(letterDraft("Backend Engineer at Acme."), pieces::add);

        assertThat(pieces).containsExactly("Dear hiring team at Acme,", "\n\nI have built payment services",
                " in Java and Kafka at Northwind since 2021.", "\n\nKind regards,\nAnna Petrova");
        assertThat(answer.origin()).isEqualTo(Origin.MODEL);
        assertThat(answer.value()).isEqualTo(String.join("", pieces));
        assertThat(answer.usage()).isEqualTo(new TokenUsage(530, 44));
        model.verify(postRequestedFor(urlPathEqualTo(COMPLETIONS))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true"))));
        auth.verify(1, postRequestedFor(urlPathEqualTo(AuthBudget.USAGE))
                .withRequestBody(matchingJsonPath("$.feature", equalTo("letter-draft"))));
    }

    @Test
    void streamsTheOfflineDraftWhenTheModelFails() {
        model.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(500)));
        List<String> pieces = new ArrayList<>();

        Generated<String> answer = generator.stream(letterDraft("Backend Engineer at Acme."), pieces::add);

        assertThat(answer.origin()).isEqualTo(Origin.OFFLINE);
        assertThat(answer.fallback()).isEqualTo(Fallback.MODEL_ERROR);
        assertThat(pieces).containsExactly("Dear hiring team at Acme,\n\n",
                "I build payment services in Java at Northwind.\n\n", "Kind regards,\nAnna Petrova");
        model.verify(2, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }
}
