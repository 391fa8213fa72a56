package com.qh.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import com.qh.test.ApiClient;
import com.qh.test.QhServiceTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@QhServiceTest(properties = "qh.auth.service-clients.profile.secret=" + ServiceTokenTest.SECRET)
class ServiceTokenTest {

    static final String SECRET = "profile-service-secret-0123456789abcdef";

    @LocalServerPort
    int port;

    @Test
    void issuesATokenThatNamesTheServiceAndGrantsNoUserRights() throws Exception {
        HttpResponse<String> answer = requestToken("profile", SECRET);

        assertThat(answer.statusCode()).isEqualTo(200);
        String token = answer.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("service:profile");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("SERVICE");
        // Not a person's token, and meant for document, not auth: auth refuses it outright.
        assertThat(ApiClient.on(port).as(token).get("/api/v1/auth/me").status()).isEqualTo(401);
    }

    @Test
    void refusesAWrongSecretAnUnknownServiceAndMissingCredentials() throws Exception {
        assertThat(requestToken("profile", SECRET + "x").statusCode()).isEqualTo(401);
        assertThat(requestToken("vacancy", SECRET).statusCode()).isEqualTo(401);
        HttpResponse<String> none = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + ServiceTokenController.PATH))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("https://qh.dev/problems/invalid-client");
    }

    private HttpResponse<String> requestToken(String service, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((service + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + ServiceTokenController.PATH + "?audience=document"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
