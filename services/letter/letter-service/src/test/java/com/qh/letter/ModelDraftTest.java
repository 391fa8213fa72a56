package com.qh.letter;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.qh.letter.SourceServices.IVAN;
import static com.qh.letter.SourceServices.IVANS_VACANCY;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A letter drafted by a model (an OpenAI-compatible endpoint played by WireMock with a recorded answer): the
 * sentence with a claim the profile does not support is taken out and reported, the greeting and close are the
 * offline engine's (a model's greeting is not read for claims), and what the profile supports is kept as written.
 */
@QhServiceTest(properties = { "qh.ai.api-key=sk-test", "qh.ai.budget.enabled=false" })
@Import(SourceServices.class)
class ModelDraftTest {

    static final WireMockServer MODEL = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String FAITHFUL = "В ГрузОнлайн я перевёл обмен статусами доставки с REST-опроса на события в Kafka.";
    static final String INVENTED = "До этого я пять лет руководил командой из 40 инженеров в Google.";

    static {
        MODEL.start();
    }

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("qh.ai.base-url", () -> MODEL.baseUrl() + "/v1");
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void modelAnswers() {
        MODEL.resetAll();
        String letter = ApiClient.JSON.writeValueAsString(Map.of(
                "greeting", "Здравствуйте! Пишу вам после пяти лет работы в Google.",
                "paragraphs", java.util.List.of(FAITHFUL + " " + INVENTED,
                        "Мне близка ваша платформа доставки, и я хочу работать над ней."),
                "closing", "С уважением"));
        MODEL.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(completion(letter))));
    }

    @Test
    void takesOutWhatTheProfileDoesNotSupportAndSaysSo() {
        ApiClient ivan = ApiClient.on(port).as(TestUsers.user(IVAN));

        Reply drafted = ivan.post("/api/v1/letters", Map.of("vacancyId", IVANS_VACANCY, "tone", "neutral",
                "length", "standard"));

        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        JsonNode letter = drafted.json();
        assertThat(letter.path("origin").asString()).isEqualTo("MODEL");
        assertThat(letter.path("text").asString()).as(letter.toString()).contains("перевёл обмен статусами доставки")
                .doesNotContain("Google");
        assertThat(letter.path("greeting").asString()).doesNotContain("Google").isNotBlank();
        assertThat(letter.at("/factCheck/warnings")).anySatisfy(warning -> {
            assertThat(warning.path("removed").asBoolean()).isTrue();
            assertThat(warning.path("span").asString()).contains("Google");
        });
        // The vacancy went to the model only as quoted material, and the draft asked for it as structured JSON.
        MODEL.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("СберЛогистика")).withRequestBody(containing("response_format")));
    }

    static String completion(String content) {
        return """
                {"id": "chatcmpl-qh-letter", "object": "chat.completion", "created": 1733300000,
                 "model": "gpt-4o-mini-2024-07-18",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": %s, "refusal": null,
                              "annotations": []}, "logprobs": null, "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": 900, "completion_tokens": 210, "total_tokens": 1110}}"""
                .formatted(ApiClient.JSON.writeValueAsString(content));
    }
}
