package com.qh.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A deployment that captures mail without being the default run: captured mail has no route at all. */
@QhServiceTest(properties = {"qh.notification.delivery.email-provider=capture",
        "qh.notification.delivery.sms-provider=capture"})
class CapturedMailOutsideTheDefaultRunTest {

    @LocalServerPort
    int port;

    @Test
    void hasNoCapturedMailRouteEvenForAnAdministrator() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/dev/mail"))
                .header("Authorization", "Bearer " + TestUsers.admin(UUID.randomUUID())).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(404);
    }
}
