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
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A controller relaying a draft as server-sent events, with the model on WireMock and without one. */
class SseDraftsTest {

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

    private static String stream(Generator generator) throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new DraftController(generator)).build();
        MvcResult started = mvc.perform(MockMvcRequestBuilders.get("/draft").param("vacancy", "Backend Engineer")
                .accept(MediaType.TEXT_EVENT_STREAM)).andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(10_000);
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
