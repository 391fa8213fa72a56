package com.qh.letter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.qh.letter.SourceServices.IVAN;
import static com.qh.letter.SourceServices.IVANS_VACANCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/letters/drafts/stream} with a model (WireMock answering in the recorded streamed-chunk format
 * of an OpenAI-compatible endpoint) and auth's daily budget (WireMock too): the model's pieces arrive as {@code text}
 * events, then {@code done} carries the checked letter, kept as version 1, with the invented sentence removed and
 * reported; the model down gives the offline draft by paragraph; a spent budget is a 429 before any event.
 */
@QhServiceTest(properties = "qh.ai.api-key=sk-test")
@Import({ SourceServices.class, StreamedDraftTest.AuthWithBudget.class })
class StreamedDraftTest {

    static final WireMockServer MODEL = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final WireMockServer AUTH = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String FAITHFUL = "В ГрузОнлайн я перевёл обмен статусами доставки с REST-опроса на события в Kafka.";
    static final String INVENTED = "До этого я пять лет руководил командой из 40 инженеров в Google.";
    static final String EVENT_STREAM = "text/event-stream, application/problem+json";

    static {
        MODEL.start();
        AUTH.start();
    }

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("qh.ai.base-url", () -> MODEL.baseUrl() + "/v1");
    }

    /** Auth with the budget endpoints: registered after {@link SourceServices}, so its address wins. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AuthWithBudget {

        @Bean
        static DynamicPropertyRegistrar authWithBudget() {
            return registry -> registry.add("qh.services.auth.url", AUTH::baseUrl);
        }
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void servers() {
        MODEL.resetAll();
        AUTH.resetAll();
        for (String audience : List.of("profile", "vacancy", "auth", "analysis", "resume", "document")) {
            AUTH.stubFor(post(urlPathEqualTo("/internal/v1/auth/service-token"))
                    .withQueryParam("audience", equalTo(audience)).willReturn(okJson(
                            "{\"accessToken\":\"" + TestUsers.service("letter", audience) + "\",\"expiresIn\":900}")));
        }
        AUTH.stubFor(get(urlPathEqualTo("/internal/v1/ai/allowance")).willReturn(okJson(allowance(50_000, 1_000))));
        AUTH.stubFor(post(urlPathEqualTo("/internal/v1/ai/usage")).willReturn(aResponse().withStatus(204)));
        MODEL.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(chunks(
                        "Здравствуйте!", "\n\n" + FAITHFUL.substring(0, 30), FAITHFUL.substring(30),
                        " " + INVENTED, "\n\nМне близка ваша платформа доставки.", "\n\nС уважением,\nИван"))));
    }

    @Test
    void streamsTheModelsTextThenDoneWithTheCheckedLetterKept() {
        ApiClient ivan = ApiClient.on(port).as(TestUsers.user(IVAN));

        Reply streamed = ivan.header("Accept", EVENT_STREAM).post("/api/v1/letters/drafts/stream",
                Map.of("vacancyId", IVANS_VACANCY, "tone", "neutral", "length", "standard"));

        assertThat(streamed.status()).as(streamed.toString()).isEqualTo(200);
        assertThat(streamed.header("Content-Type")).startsWith("text/event-stream");
        List<Event> events = events(streamed.text());
        List<Event> texts = events.stream().filter(e -> e.name().equals("text")).toList();
        assertThat(texts).hasSize(6);
        assertThat(texts.getFirst().data().path("text").asString()).isEqualTo("Здравствуйте!");
        assertThat(events.getLast().name()).isEqualTo("done");
        JsonNode done = events.getLast().data();
        assertThat(done.path("origin").asString()).isEqualTo("MODEL");
        assertThat(done.path("unsupported").valueStream().map(c -> c.path("span").asString()))
                .anyMatch(span -> span.contains("Google") || span.contains("40"));
        JsonNode letter = done.path("letter");
        assertThat(letter.path("origin").asString()).isEqualTo("MODEL");
        assertThat(letter.path("version").asInt()).isEqualTo(1);
        assertThat(letter.path("text").asString()).contains(FAITHFUL).contains("Мне близка ваша платформа доставки")
                .doesNotContain("Google");
        // The model's own greeting and close give way to the engine's, as in the letter drafted in one piece.
        assertThat(letter.path("paragraphs").valueStream().map(JsonNode::asString))
                .noneMatch(p -> p.startsWith("Здравствуйте!") || p.startsWith("С уважением"));
        assertThat(letter.at("/factCheck/warnings")).anySatisfy(warning -> {
            assertThat(warning.path("removed").asBoolean()).isTrue();
            assertThat(warning.path("span").asString()).contains("Google");
        });
        assertThat(done.path("etag").asString()).isEqualTo("\"v1\"");

        Reply kept = ivan.get(done.path("location").asString());
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.etag()).isEqualTo("\"v1\"");
        assertThat(kept.json().path("text").asString()).isEqualTo(letter.path("text").asString());
        await().untilAsserted(() -> AUTH.verify(postRequestedFor(urlPathEqualTo("/internal/v1/ai/usage"))
                .withRequestBody(containing("\"feature\":\"letter-draft\""))));
    }

    @Test
    void streamsTheOfflineDraftByParagraphWhenTheModelIsDown() {
        MODEL.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(503)));
        ApiClient ivan = ApiClient.on(port).as(TestUsers.user(IVAN));

        Reply streamed = ivan.header("Accept", EVENT_STREAM).post("/api/v1/letters/drafts/stream",
                Map.of("vacancyId", IVANS_VACANCY));

        assertThat(streamed.status()).as(streamed.toString()).isEqualTo(200);
        List<Event> events = events(streamed.text());
        JsonNode done = events.getLast().data();
        assertThat(events.getLast().name()).isEqualTo("done");
        assertThat(done.path("origin").asString()).isEqualTo("OFFLINE");
        assertThat(done.path("fallback").asString()).isEqualTo("MODEL_ERROR");
        assertThat(done.path("unsupported").size()).isZero();
        String streamedText = events.stream().filter(e -> e.name().equals("text"))
                .map(e -> e.data().path("text").asString()).reduce("", String::concat);
        JsonNode letter = done.path("letter");
        assertThat(letter.path("origin").asString()).isEqualTo("OFFLINE");
        // What was streamed is what was kept: the engine's letter, greeting to signature.
        assertThat(streamedText.replaceAll("\\s+", " ").strip())
                .isEqualTo(letter.path("text").asString().replaceAll("\\s+", " ").strip());
        assertThat(letter.at("/factCheck/warnings").size()).isZero();
    }

    @Test
    void answers429BeforeTheStreamWhenTheBudgetIsSpent() {
        AUTH.stubFor(get(urlPathEqualTo("/internal/v1/ai/allowance")).willReturn(okJson(allowance(50_000, 50_000))));
        ApiClient ivan = ApiClient.on(port).as(TestUsers.user(IVAN));

        Reply refused = ivan.header("Accept", EVENT_STREAM).post("/api/v1/letters/drafts/stream",
                Map.of("vacancyId", IVANS_VACANCY));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.problemType()).isEqualTo("ai-budget-spent");
        assertThat(refused.header("Retry-After")).isNotBlank();
        MODEL.verify(0, anyRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void refusesAnotherUsersVacancyBeforeTheStream() {
        ApiClient ivan = ApiClient.on(port).as(TestUsers.user(IVAN));

        Reply refused = ivan.header("Accept", EVENT_STREAM).post("/api/v1/letters/drafts/stream",
                Map.of("vacancyId", SourceServices.MARIAS_VACANCY));
        Reply invalid = ivan.header("Accept", EVENT_STREAM).post("/api/v1/letters/drafts/stream",
                Map.of("vacancyId", IVANS_VACANCY, "tone", "sarcastic"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertThat(refused.problemType()).isEqualTo("not-found");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.errorFields()).contains("tone");
        MODEL.verify(0, anyRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    record Event(String name, JsonNode data) {
    }

    /** The events of a text/event-stream body, in order. */
    static List<Event> events(String body) {
        List<Event> events = new ArrayList<>();
        for (String block : body.replace("\r\n", "\n").split("\n\n")) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                }
                else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5));
                }
            }
            if (!data.isEmpty()) {
                events.add(new Event(name, ApiClient.JSON.readTree(data.toString())));
            }
        }
        return events;
    }

    /** A streamed chat completion as an OpenAI-compatible server sends it: one chunk per piece, usage, [DONE]. */
    static String chunks(String... pieces) {
        StringBuilder body = new StringBuilder();
        String head = "{\"id\":\"chatcmpl-qh-stream\",\"object\":\"chat.completion.chunk\",\"created\":1733300005,"
                + "\"model\":\"gpt-4o-mini-2024-07-18\",";
        body.append("data: ").append(head).append("\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
                + "\"content\":\"\"},\"finish_reason\":null}],\"usage\":null}\n\n");
        for (String piece : pieces) {
            body.append("data: ").append(head).append("\"choices\":[{\"index\":0,\"delta\":{\"content\":")
                    .append(ApiClient.JSON.writeValueAsString(piece)).append("},\"finish_reason\":null}],"
                            + "\"usage\":null}\n\n");
        }
        body.append("data: ").append(head).append("\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                + "\"usage\":null}\n\n");
        body.append("data: ").append(head).append("\"choices\":[],\"usage\":{\"prompt_tokens\":900,"
                + "\"completion_tokens\":120,\"total_tokens\":1020}}\n\n");
        body.append("data: [DONE]\n\n");
        return body.toString();
    }

    static String allowance(long budget, long used) {
        return "{\"userId\":\"%s\",\"day\":\"2026-12-05\",\"budget\":%d,\"used\":%d,\"remaining\":%d}"
                .formatted(UUID.randomUUID(), budget, used, budget - used);
    }
}
