package com.qh.resume;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.qh.resume.ResumeSources.VERA;
import static com.qh.resume.ResumeSources.VERAS_JAVA_VACANCY;
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
 * Tailoring with the optional model rewrite: an OpenAI-compatible model played by WireMock answers a rewrite of one
 * job's bullets with one faithful line and one invented one; the fact check keeps the first and drops the second.
 * The other jobs' calls fail, and their bullets stay the profile's own.
 */
@QhServiceTest(properties = { "qh.ai.api-key=sk-test", "qh.ai.budget.enabled=false" })
@Import(ResumeSources.class)
class RewriteTest {

    static final WireMockServer MODEL = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String FAITHFUL = "Reduced settlement time from 6 hours to 40 minutes on PostgreSQL";
    static final String INVENTED = "Led a team of 40 engineers at Google";

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
        MODEL.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")));
        MODEL.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing("Northwind Payments")).willReturn(okJson(completion(
                        "{\"bullets\":[\"" + FAITHFUL + "\",\"" + INVENTED + "\"]}"))));
    }

    @Test
    void keepsOnlyTheRewrittenBulletsTheFactCheckFindsInTheProfile() {
        ApiClient vera = ApiClient.on(port).as(TestUsers.user(VERA));
        String id = vera.post("/api/v1/resumes", Map.of("title", "Java", "language", "en", "template", "classic"))
                .json().path("id").asString();

        Reply tailored = vera.post("/api/v1/resumes/" + id + "/tailor", Map.of("vacancyId", VERAS_JAVA_VACANCY,
                "rewrite", true));

        assertThat(tailored.status()).as(tailored.toString()).isEqualTo(200);
        JsonNode changes = tailored.json().at("/tailoring/changes");
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.path("kind").asString()).isEqualTo("BULLETS_REWRITTEN");
            assertThat(change.path("entry").asString()).isEqualTo("Senior Java developer");
            assertThat(change.path("after")).extracting(JsonNode::asString).containsExactly(FAITHFUL);
        });
        // The other jobs' rewrites failed: their bullets are the profile's, only reordered.
        assertThat(changes).filteredOn(change -> change.path("kind").asString().equals("BULLETS_REWRITTEN"))
                .extracting(change -> change.path("entry").asString()).containsExactly("Senior Java developer");
        assertThat(tailored.json().at("/design/tailoring/rewrites/5e000000-0000-4000-8000-000000000002/to/0")
                .asString()).isEqualTo(FAITHFUL);

        String html = vera.get("/api/v1/resumes/" + id + "/preview").text();
        // The renderer ties numbers to their words with no-break spaces, so the line is matched by its start.
        assertThat(html).contains("Reduced settlement time").doesNotContain("Google")
                .doesNotContain("Cut settlement time").contains("Built REST");
    }

    static String completion(String content) {
        return """
                {"id": "chatcmpl-qh-resume", "object": "chat.completion", "created": 1733300000,
                 "model": "gpt-4o-mini-2024-07-18",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": %s, "refusal": null,
                              "annotations": []}, "logprobs": null, "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": 412, "completion_tokens": 38, "total_tokens": 450}}"""
                .formatted(ApiClient.JSON.writeValueAsString(content));
    }
}
