package com.qh.notification.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.platform.net.PublicAddressResolver;
import com.qh.platform.web.QhException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The form and address rules of push endpoints, with names looked up in a fixed table instead of the internet. */
class PushEndpointsTest {

    final PushEndpoints endpoints = new PushEndpoints(new PublicAddressResolver(List.of(), host -> switch (host) {
        case "fcm.googleapis.com" -> new InetAddress[] {InetAddress.getByName("142.250.74.10")};
        case "push.internal.example" -> new InetAddress[] {InetAddress.getByName("10.0.0.7")};
        default -> throw new UnknownHostException(host);
    }), false);

    @Test
    void acceptsAnHttpsEndpointOnPort443AtAPublicAddress() {
        for (String endpoint : List.of("https://fcm.googleapis.com/fcm/send/abc", "https://fcm.googleapis.com:443/x")) {
            assertThat(endpoints.vet(endpoint).getHost()).as(endpoint).isEqualTo("fcm.googleapis.com");
        }
    }

    @Test
    void refusesPlainHttpOtherPortsUserInfoAndPrivateOrUnknownHostsWithABadRequest() {
        for (String endpoint : List.of("http://fcm.googleapis.com/fcm/send/abc", "https://fcm.googleapis.com:8443/x",
                "https://fcm.googleapis.com:80/x", "https://user:pw@fcm.googleapis.com/x", "ftp://fcm.googleapis.com/x",
                "https://push.internal.example/x", "https://nowhere.example/x", "not a url", "/relative")) {
            assertThatThrownBy(() -> endpoints.vet(endpoint)).as(endpoint).isInstanceOfSatisfying(QhException.class, e -> {
                assertThat(e.status().value()).isEqualTo(400);
                assertThat(e.type().toString()).endsWith("/invalid-push-endpoint");
            });
        }
    }

    @Test
    void checksTheFormAgainBeforeASendWithoutLookingTheNameUp() {
        assertThat(endpoints.checkForm("https://push.internal.example/x").getHost()).isEqualTo("push.internal.example");
        assertThatThrownBy(() -> endpoints.checkForm("https://fcm.googleapis.com:8443/x"))
                .isInstanceOf(QhException.class);
        assertThatThrownBy(() -> endpoints.checkForm("http://fcm.googleapis.com/x")).isInstanceOf(QhException.class);
    }
}
