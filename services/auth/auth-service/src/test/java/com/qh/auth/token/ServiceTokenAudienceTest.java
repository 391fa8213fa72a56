package com.qh.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import com.qh.test.QhServiceTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A service token names the one service it is for in {@code aud} (issue 21, item 14), so a token a service got
 * for one call is no key to another service's internal API.
 */
@QhServiceTest(properties = {
        "qh.auth.service-clients.vacancy.secret=" + ServiceTokenAudienceTest.VACANCY_SECRET,
        "qh.auth.service-clients.notification.secret=" + ServiceTokenAudienceTest.NOTIFICATION_SECRET,
        "qh.auth.service-clients.notification.audiences=document,profile" })
class ServiceTokenAudienceTest {

    static final String VACANCY_SECRET = "vacancy-service-secret-0123456789abcdef";
    static final String NOTIFICATION_SECRET = "notification-service-secret-0123456789ab";

    @LocalServerPort
    int port;

    @Test
    void putsTheRequestedAudienceInTheAudClaim() throws Exception {
        HttpResponse<String> answer = request("vacancy", VACANCY_SECRET, "", "audience=document");

        assertThat(answer.statusCode()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(answer.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1"));
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("document");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("service:vacancy");
    }

    @Test
    void takesTheAudienceAsAQueryParameterToo() throws Exception {
        HttpResponse<String> answer = request("vacancy", VACANCY_SECRET, "?audience=profile", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(answer.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1"));
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("profile");
    }

    @Test
    void refusesATokenWithoutAnAudienceNamingTheField() throws Exception {
        HttpResponse<String> answer = request("vacancy", VACANCY_SECRET, "", null);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("https://qh.dev/problems/validation").contains("\"field\":\"audience\"");
    }

    @Test
    void neverIssuesATokenForAnUnknownService() throws Exception {
        HttpResponse<String> unknown = request("vacancy", VACANCY_SECRET, "", "audience=billing");

        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.body()).contains("https://qh.dev/problems/audience-not-allowed");
    }

    @Test
    void issuesTokensForAuthItselfForTheAiAllowanceUnlessAClientIsKeptToOthers() throws Exception {
        HttpResponse<String> vacancy = request("vacancy", VACANCY_SECRET, "", "audience=auth");
        HttpResponse<String> notification = request("notification", NOTIFICATION_SECRET, "", "audience=auth");

        assertThat(vacancy.statusCode()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(vacancy.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1"));
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("auth");
        assertThat(notification.statusCode()).isEqualTo(403);
    }

    @Test
    void keepsAClientToTheAudiencesConfiguredForIt() throws Exception {
        assertThat(request("notification", NOTIFICATION_SECRET, "", "audience=document").statusCode())
                .isEqualTo(200);
        assertThat(request("notification", NOTIFICATION_SECRET, "", "audience=vacancy").statusCode())
                .isEqualTo(403);
    }

    @Test
    void checksTheSecretBeforeTheAudience() throws Exception {
        HttpResponse<String> answer = request("vacancy", VACANCY_SECRET + "x", "", "audience=auth");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("https://qh.dev/problems/invalid-client");
    }

    private HttpResponse<String> request(String service, String secret, String query, String form)
            throws Exception {
        String basic = Base64.getEncoder().encodeToString((service + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + ServiceTokenController.PATH + query))
                .header("Authorization", "Basic " + basic);
        if (form == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        }
        else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
