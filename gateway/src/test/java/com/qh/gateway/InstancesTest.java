package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A service with three instances behind the gateway, the first dead (its port refuses connections) and the second
 * resetting connections on one path: every read still gets its answer from an instance that lives, while a write
 * goes to one instance only and, when that one is dead, is a 503 problem rather than a second attempt.
 */
class InstancesTest extends GatewayIntegrationTest {

    private final String token = bearer(TestTokens.validToken(TestTokens.newUserId()));

    @Test
    void readsFindALiveInstanceWhateverTheTurn() {
        resumeA.stubFor(get(urlEqualTo("/api/v1/resumes")).willReturn(okJson("{\"from\":\"a\"}")));
        resumeB.stubFor(get(urlEqualTo("/api/v1/resumes")).willReturn(okJson("{\"from\":\"b\"}")));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            statuses.add(send(request("/api/v1/resumes").header("Authorization", token)).statusCode());
        }

        assertThat(statuses).containsOnly(200);
        // Each turn starts at the next instance: the dead one's turns went on to A, so A answered six, B three.
        resumeA.verify(6, getRequestedFor(urlEqualTo("/api/v1/resumes")));
        resumeB.verify(3, getRequestedFor(urlEqualTo("/api/v1/resumes")));
    }

    @Test
    void aReadWhoseConnectionIsResetGoesToTheNextInstance() {
        resumeA.stubFor(get(urlEqualTo("/api/v1/resumes/1")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        resumeB.stubFor(get(urlEqualTo("/api/v1/resumes/1")).willReturn(okJson("{\"id\":1}")));

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = send(request("/api/v1/resumes/1").header("Authorization", token));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"id\":1");
        }
        resumeB.verify(3, getRequestedFor(urlEqualTo("/api/v1/resumes/1")));
    }

    @Test
    void aReadWhoseInstanceDiesMidAnswerGoesToTheNextInstance() {
        // Headers and part of a chunked body, then the connection closes: an instance killed while answering.
        resumeA.stubFor(get(urlEqualTo("/api/v1/resumes/2")).willReturn(aResponse()
                .withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        resumeB.stubFor(get(urlEqualTo("/api/v1/resumes/2")).willReturn(okJson("{\"id\":2}")));

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = send(request("/api/v1/resumes/2").header("Authorization", token));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"id\":2}");
        }
        resumeB.verify(3, getRequestedFor(urlEqualTo("/api/v1/resumes/2")));
    }

    @Test
    void aWriteWhoseInstanceDiesMidAnswerIsA503NotA500() {
        resumeA.stubFor(post(urlEqualTo("/api/v1/resumes/import")).willReturn(aResponse()
                .withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        resumeB.stubFor(post(urlEqualTo("/api/v1/resumes/import")).willReturn(aResponse()
                .withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = send(request("/api/v1/resumes/import").header("Authorization", token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.body()).contains("service-unavailable").contains("\"service\":\"resume\"");
        }
    }

    @Test
    void aWriteIsSentOnceAndADeadInstanceIsA503() {
        resumeA.stubFor(post(urlEqualTo("/api/v1/resumes")).willReturn(okJson("{}").withStatus(201)));
        resumeB.stubFor(post(urlEqualTo("/api/v1/resumes")).willReturn(okJson("{}").withStatus(201)));

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(send(request("/api/v1/resumes").header("Authorization", token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))));
        }

        List<HttpResponse<String>> refused = answers.stream().filter(answer -> answer.statusCode() == 503).toList();
        assertThat(refused).hasSize(2).allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(answer.body()).contains("service-unavailable").contains("\"service\":\"resume\"");
        });
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(4);
        resumeA.verify(2, postRequestedFor(urlEqualTo("/api/v1/resumes")));
        resumeB.verify(2, postRequestedFor(urlEqualTo("/api/v1/resumes")));
    }
}
