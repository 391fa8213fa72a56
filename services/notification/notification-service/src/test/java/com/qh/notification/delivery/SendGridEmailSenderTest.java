package com.qh.notification.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/** SendGrid's Mail Send API played by WireMock. */
class SendGridEmailSenderTest {

    static final WireMockServer sendGrid = new WireMockServer(options().dynamicPort());

    @BeforeAll
    static void start() {
        sendGrid.start();
    }

    @AfterAll
    static void stop() {
        sendGrid.stop();
    }

    @BeforeEach
    void reset() {
        sendGrid.resetAll();
    }

    @Test
    void postsBothPartsAndHeadersWithTheApiKey() throws Exception {
        sendGrid.stubFor(post(urlEqualTo("/v3/mail/send")).willReturn(aResponse().withStatus(202)));

        sender().send(new OutgoingEmail("ada@example.org", "Hello", "Plain", "<p>Rich</p>",
                Map.of("List-Unsubscribe", "<https://qh.example.com/u/1>")));

        sendGrid.verify(postRequestedFor(urlEqualTo("/v3/mail/send"))
                .withHeader("Authorization", equalTo("Bearer SG.test-key"))
                .withRequestBody(equalToJson("""
                        {"personalizations": [{"to": [{"email": "ada@example.org"}]}],
                         "from": {"email": "no-reply@qh.test", "name": "QH"},
                         "subject": "Hello",
                         "content": [{"type": "text/plain", "value": "Plain"},
                                     {"type": "text/html", "value": "<p>Rich</p>"}],
                         "headers": {"List-Unsubscribe": "<https://qh.example.com/u/1>"}}""")));
    }

    @Test
    void failsWhenSendGridRefusesSoTheWorkerRetries() {
        sendGrid.stubFor(post(urlEqualTo("/v3/mail/send")).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> sender().send(new OutgoingEmail("ada@example.org", "Hi", "x", null, Map.of())))
                .isInstanceOf(HttpClientErrorException.class);

        sendGrid.stubFor(post(urlEqualTo("/v3/mail/send")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> sender().send(new OutgoingEmail("ada@example.org", "Hi", "x", null, Map.of())))
                .isInstanceOf(HttpServerErrorException.class);
    }

    @Test
    void readsTheSenderNameAndAddress() {
        assertThat(SendGridEmailSender.sender("QH <no-reply@qh.test>"))
                .isEqualTo(Map.of("email", "no-reply@qh.test", "name", "QH"));
        assertThat(SendGridEmailSender.sender("no-reply@qh.test")).isEqualTo(Map.of("email", "no-reply@qh.test"));
    }

    private static SendGridEmailSender sender() {
        // Plain http: no h2c upgrade, which WireMock's Jetty answers with a reset (SendGrid itself is https).
        RestClient.Builder http = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()));
        return new SendGridEmailSender(http, URI.create(sendGrid.baseUrl()), "SG.test-key", "QH <no-reply@qh.test>");
    }
}
