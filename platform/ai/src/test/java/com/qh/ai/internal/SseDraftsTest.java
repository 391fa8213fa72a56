package com.qh.ai.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.qh.ai.internal.Fixtures.allowance;
import static com.qh.ai.internal.Fixtures.letterDraft;
import static com.qh.ai.internal.Fixtures.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.qh.ai.Generator;
import com.qh.ai.OfflineGenerator;
import com.qh.ai.SseDrafts;
import com.qh.ai.factcheck.Evidence;
import com.qh.ai.factcheck.FactChecker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A controller relaying a draft as server-sent events, with the model on WireMock and without one. */
class SseDraftsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static WireMockExtension model = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension auth = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private UsageLedger ledger;
    private Generator modelGenerator;

    @RestController
    static class DraftController {

        private final Generator generator;

        DraftController(Generator generator) {
            this.generator = generator;
        }

        @GetMapping(path = "/draft", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
        SseEmitter draft(@RequestParam String vacancy) {
            return SseDrafts.relay(generator, letterDraft(vacancy));
        }

        @GetMapping(path = "/kept-draft", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
        SseEmitter keptDraft(@RequestParam String vacancy, @RequestParam(defaultValue = "false") boolean refuse) {
            return SseDrafts.relay(generator, letterDraft(vacancy), Duration.ofMinutes(1), null, (answer, checked) -> {
                if (refuse) {
                    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
                    problem.setType(URI.create("https://qh.dev/problems/draft-not-kept"));
                    problem.setDetail("The draft could not be kept.");
                    throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
                }
                return Map.of("kept", answer.value().length());
            });
        }

        @GetMapping(path = "/checked-draft", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
        SseEmitter checkedDraft(@RequestParam String vacancy) {
            return SseDrafts.relay(generator, letterDraft(vacancy), new FactChecker(),
                    Evidence.of(JSON.readTree(Fixtures.ANNA_RESUME),
                            new Evidence.Target("Acme", "Backend Engineer", vacancy)));
        }
    }

    @ControllerAdvice
    static class Problems extends ResponseEntityExceptionHandler {
    }

    @BeforeEach
    void servers() {
        auth.stubFor(post(urlPathEqualTo("/internal/v1/auth/service-token"))
                .willReturn(okJson("{\"accessToken\":\"t\",\"expiresIn\":900}")));
        auth.stubFor(get(urlPathEqualTo(AuthBudget.ALLOWANCE)).willReturn(okJson(allowance(50_000, 10))));
        auth.stubFor(post(urlPathEqualTo(AuthBudget.USAGE)).willReturn(aResponse().withStatus(204)));
        model.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(recorded("letter-stream.txt"))));
        AuthBudget budget = Fixtures.authAt(auth.baseUrl());
        ledger = new UsageLedger(budget, 10, Duration.ofHours(1));
        modelGenerator = Fixtures.generator(Fixtures.settings(model.baseUrl()), budget, ledger);
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void relaysTheModelsPiecesAsTextEventsThenDone() throws Exception {
        String body = stream(modelGenerator);

        assertThat(body).contains("event:text\ndata:{\"text\":\"Dear hiring team at Acme,\"}")
                .contains("data:{\"text\":\" in Java and Kafka at Northwind since 2021.\"}")
                .contains("event:done\ndata:{\"origin\":\"MODEL\",\"fallback\":\"NONE\"");
        assertThat(body.indexOf("event:done")).isGreaterThan(body.lastIndexOf("event:text"));
    }

    @Test
    void relaysTheOfflineDraftByParagraph() throws Exception {
        String body = stream(new OfflineGenerator());

        assertThat(body.split("event:text", -1)).hasSize(4);
        assertThat(body).contains("event:done\ndata:{\"origin\":\"OFFLINE\",\"fallback\":\"NOT_CONFIGURED\"");
    }

    @Test
    void answers429ProblemWhenTheBudgetIsSpentBeforeStreaming() throws Exception {
        auth.stubFor(get(urlPathEqualTo(AuthBudget.ALLOWANCE)).willReturn(okJson(allowance(50_000, 50_100))));
        // In a service the starter's problem handler renders it; Spring's base handler does the same here.
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new DraftController(modelGenerator))
                .setControllerAdvice(new Problems()).build();

        mvc.perform(MockMvcRequestBuilders.get("/draft").param("vacancy", "Backend Engineer")
                        .accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "7200"))
                .andExpect(jsonPath("$.type").value("https://qh.dev/problems/ai-budget-spent"));
    }

    @Test
    void doneCarriesTheCheckedTextAndTheUnsupportedClaimsOfTheStreamedDraft() throws Exception {
        model.stubFor(post("/v1/chat/completions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream")
                .withBody(recorded("letter-stream-unsupported.txt"))));

        String body = stream(modelGenerator, "/checked-draft");

        assertThat(body).contains("I also led a team of 12 engineers at Google.");
        String doneData = body.substring(body.indexOf("event:done\ndata:") + "event:done\ndata:".length());
        JsonNode done = JSON.readTree(doneData.substring(0, doneData.indexOf('\n')));
        assertThat(done.path("origin").asString()).isEqualTo("MODEL");
        assertThat(done.path("checked").booleanValue()).isTrue();
        assertThat(done.path("text").asString()).startsWith("Dear hiring team at Acme,")
                .contains("I have built payment services in Java and Kafka at Northwind since 2021.")
                .doesNotContain("Google").doesNotContain("12 engineers");
        JsonNode unsupported = done.path("unsupported");
        assertThat(unsupported.isArray()).isTrue();
        assertThat(unsupported.size()).isPositive();
        assertThat(unsupported.valueStream().map(claim -> claim.path("span").asString()))
                .anyMatch(span -> span.contains("Google") || span.contains("12"));
        assertThat(unsupported.valueStream()).allSatisfy(claim -> {
            assertThat(claim.path("kind").asString()).isNotBlank();
            assertThat(claim.path("reason").asString()).isNotBlank();
            assertThat(claim.path("end").intValue()).isGreaterThan(claim.path("start").intValue());
        });
    }

    @Test
    void theCallersFinishStepAddsItsFieldsToDone() throws Exception {
        String body = stream(modelGenerator, "/kept-draft");

        String doneData = body.substring(body.indexOf("event:done\ndata:") + "event:done\ndata:".length());
        JsonNode done = JSON.readTree(doneData.substring(0, doneData.indexOf('\n')));
        assertThat(done.path("origin").asString()).isEqualTo("MODEL");
        assertThat(done.path("kept").intValue()).isGreaterThan(50);
    }

    @Test
    void aFinishStepThatFailsEndsTheStreamWithAnErrorEventInsteadOfDone() throws Exception {
        String body = stream(modelGenerator, "/kept-draft?refuse=true");

        assertThat(body).contains("event:text").doesNotContain("event:done")
                .contains("event:error\ndata:{").contains("\"type\":\"https://qh.dev/problems/draft-not-kept\"")
                .contains("\"detail\":\"The draft could not be kept.\"");
    }

    @Test
    void withoutACheckerDoneCarriesNoCheckedText() throws Exception {
        String body = stream(modelGenerator);

        assertThat(body).doesNotContain("\"checked\"").doesNotContain("\"unsupported\"");
    }

    private static String stream(Generator generator) throws Exception {
        return stream(generator, "/draft");
    }

    private static String stream(Generator generator, String path) throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new DraftController(generator)).build();
        MvcResult started = mvc.perform(MockMvcRequestBuilders.get(path).param("vacancy", "Backend Engineer")
                .accept(MediaType.TEXT_EVENT_STREAM)).andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(10_000);
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
