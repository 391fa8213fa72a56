package com.qh.ai.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.qh.ai.internal.Fixtures.ANNA;
import static com.qh.ai.internal.Fixtures.SERVICE_TOKEN;
import static com.qh.ai.internal.Fixtures.allowance;
import static com.qh.ai.internal.Fixtures.bulletRewrite;
import static com.qh.ai.internal.Fixtures.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.qh.ai.AiBudgetSpentException;
import com.qh.ai.Fallback;
import com.qh.ai.Generated;
import com.qh.ai.Origin;
import com.qh.platform.client.ClientProperties;
import com.qh.platform.client.ServiceClients;
import com.qh.platform.client.ServiceTokens;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What keeps the model inside the user's budget and auth's ledger honest: the service token (never the user's),
 * the answer's token limit, and usage records that are counted once and dropped for deleted users.
 */
class BudgetGuardsTest {

    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String USER_TOKEN = "the-users-own-access-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension auth = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private UsageLedger ledger;

    @BeforeEach
    void authKeepsABudget() {
        auth.stubFor(post(urlPathEqualTo("/internal/v1/auth/service-token"))
                .willReturn(okJson("{\"accessToken\":\"" + SERVICE_TOKEN + "\",\"expiresIn\":900}")));
        auth.stubFor(get(urlPathEqualTo(AuthBudget.ALLOWANCE)).willReturn(okJson(allowance(50_000, 1_234))));
        auth.stubFor(post(urlPathEqualTo(AuthBudget.USAGE)).willReturn(aResponse().withStatus(204)));
        model.stubFor(post(COMPLETIONS).willReturn(okJson(recorded("bullets.json"))));
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        if (ledger != null) {
            ledger.close();
        }
    }

    private ModelGenerator generator(AiProperties settings, AuthBudget budget) {
        ledger = new UsageLedger(budget, 100, Duration.ofHours(1));
        return Fixtures.generator(settings, budget, ledger);
    }

    @Test
    void withoutAServiceTokenNeverRelaysTheUsersTokenToAuthAndAnswersOffline() {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(Jwt.withTokenValue(USER_TOKEN)
                .header("alg", "RS256").subject(ANNA.toString()).build()));
        ModelGenerator generator = generator(Fixtures.settings(model.baseUrl()), authWithoutServiceSecret());

        Generated<Fixtures.Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.origin()).isEqualTo(Origin.OFFLINE);
        assertThat(answer.fallback()).isEqualTo(Fallback.BUDGET_UNAVAILABLE);
        auth.verify(0, anyRequestedFor(anyUrl()).withHeader(HttpHeaders.AUTHORIZATION,
                equalTo("Bearer " + USER_TOKEN)));
        auth.verify(0, anyRequestedFor(urlPathEqualTo(AuthBudget.ALLOWANCE)));
        model.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void aUsageRecordWithoutAServiceTokenIsKeptNotSentWithTheUsersToken() {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(Jwt.withTokenValue(USER_TOKEN)
                .header("alg", "RS256").subject(ANNA.toString()).build()));
        ledger = new UsageLedger(authWithoutServiceSecret(), 10, Duration.ofHours(1));

        ledger.record(usage(UUID.randomUUID()));

        assertThat(ledger.pending()).isEqualTo(1);
        auth.verify(0, anyRequestedFor(urlPathEqualTo(AuthBudget.USAGE)));
    }

    @Test
    void boundsTheAnswerToWhatIsLeftOfTheBudget() {
        auth.stubFor(get(urlPathEqualTo(AuthBudget.ALLOWANCE)).willReturn(okJson(allowance(5_000, 4_000))));
        ModelGenerator generator = generator(Fixtures.settings(model.baseUrl()), Fixtures.authAt(auth.baseUrl()));

        Generated<Fixtures.Bullets> answer = generator.generate(bulletRewrite());

        assertThat(answer.origin()).isEqualTo(Origin.MODEL);
        JsonNode sent = onlyModelRequest();
        long promptChars = sent.get("messages").get(0).get("content").asString().length()
                + sent.get("messages").get(1).get("content").asString().length();
        assertThat(sent.has("max_tokens")).as(sent.toString()).isTrue();
        assertThat(sent.get("max_tokens").longValue()).isGreaterThanOrEqualTo(ModelGenerator.MIN_USEFUL_ANSWER)
                .isLessThanOrEqualTo(1_000 - promptChars / 4);
    }

    @Test
    void capsTheAnswerAtTheFeaturesMaxTokensWhenTheBudgetIsAmple() {
        ModelGenerator generator = generator(Fixtures.settings(model.baseUrl(),
                Map.of("resume-bullets", new AiProperties.Feature(null, null, 400))), Fixtures.authAt(auth.baseUrl()));

        generator.generate(bulletRewrite());

        assertThat(onlyModelRequest().get("max_tokens").longValue()).isEqualTo(400);
    }

    @Test
    void unmeteredCallsAreCappedAtTheDefaultMaxTokens() {
        ModelGenerator generator = generator(Fixtures.settings(model.baseUrl()), Fixtures.authAt(auth.baseUrl()));

        generator.generate(letterDraftWithoutUser());

        assertThat(onlyModelRequest().get("max_tokens").longValue()).isEqualTo(AiProperties.DEFAULT_MAX_TOKENS);
    }

    @Test
    void answersTheBudgetProblemWhenWhatIsLeftCannotFitAUsefulAnswer() {
        auth.stubFor(get(urlPathEqualTo(AuthBudget.ALLOWANCE)).willReturn(okJson(allowance(5_000, 4_700))));
        ModelGenerator generator = generator(Fixtures.settings(model.baseUrl()), Fixtures.authAt(auth.baseUrl()));

        assertThatThrownBy(() -> generator.generate(bulletRewrite()))
                .isInstanceOfSatisfying(AiBudgetSpentException.class, spent -> {
                    assertThat(spent.getStatusCode().value()).isEqualTo(429);
                    assertThat(spent.budget()).isEqualTo(5_000);
                });
        model.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
    }

    @Test
    void aUsageRecordSentAgainCarriesTheSameUsageId() {
        auth.stubFor(post(urlPathEqualTo(AuthBudget.USAGE)).inScenario("lost answer")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        auth.stubFor(post(urlPathEqualTo(AuthBudget.USAGE)).inScenario("lost answer").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
        ModelGenerator generator = generator(Fixtures.settings(model.baseUrl()), Fixtures.authAt(auth.baseUrl()));

        generator.generate(bulletRewrite());
        int sent = ledger.flush();

        assertThat(sent).isEqualTo(1);
        List<LoggedRequest> tries = auth.findAll(postRequestedFor(urlPathEqualTo(AuthBudget.USAGE)));
        assertThat(tries).hasSize(2);
        String first = JSON.readTree(tries.get(0).getBodyAsString()).get("usageId").asString();
        String second = JSON.readTree(tries.get(1).getBodyAsString()).get("usageId").asString();
        assertThat(UUID.fromString(first)).isEqualTo(UUID.fromString(second));
    }

    @Test
    void dropsTheUsageOfAUserAuthNoLongerHas() {
        auth.stubFor(post(urlPathEqualTo(AuthBudget.USAGE)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"detail\":\"There is no user.\"}")));
        ledger = new UsageLedger(Fixtures.authAt(auth.baseUrl()), 10, Duration.ofHours(1));

        ledger.record(usage(UUID.randomUUID()));
        ledger.flush();

        assertThat(ledger.pending()).isZero();
        auth.verify(1, postRequestedFor(urlPathEqualTo(AuthBudget.USAGE)));
    }

    private JsonNode onlyModelRequest() {
        List<LoggedRequest> requests = model.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertThat(requests).hasSize(1);
        return JSON.readTree(requests.getFirst().getBodyAsString());
    }

    private static com.qh.ai.GenerationTask<String> letterDraftWithoutUser() {
        com.qh.ai.GenerationTask.Builder<String> task = com.qh.ai.GenerationTask.text("letter-draft")
                .language(com.qh.ai.Language.EN);
        Fixtures.letterServiceVariables().forEach(task::variable);
        return task.offline(() -> "Dear hiring team at Acme,").build();
    }

    private static AuthBudget.Usage usage(UUID usageId) {
        return new AuthBudget.Usage(usageId, ANNA, "letter", "letter-draft", "gpt-4o-mini", 100, 20);
    }

    /** A service started without a client secret for auth: ServiceTokens has no token to give. */
    private static AuthBudget authWithoutServiceSecret() {
        MockEnvironment environment = new MockEnvironment().withProperty("qh.services.auth.url", auth.baseUrl());
        ClientProperties timeouts = new ClientProperties(Duration.ofSeconds(2), Duration.ofSeconds(2));
        ServiceTokens tokens = new ServiceTokens(URI.create(auth.baseUrl()), "letter", "", timeouts,
                JsonMapper.builder().build(), Fixtures.CLOCK);
        return new AuthBudget(new ServiceClients(RestClient.builder(), environment, timeouts, tokens), tokens);
    }
}
