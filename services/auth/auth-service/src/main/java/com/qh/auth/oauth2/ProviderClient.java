package com.qh.auth.oauth2;

import com.qh.platform.web.QhException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** The two calls to a provider after it redirects back: code for token, token for the user's profile. */
@Component
class ProviderClient {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };

    private final RestClient http;

    ProviderClient() {
        // A client of its own rather than the shared builder: nothing of ours (correlation id, a caller's token)
        // may leak to a third party, and redirects are not followed.
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    ExternalProfile profile(OAuth2Properties.Provider provider, String code, String codeVerifier, String redirectUri) {
        String accessToken = exchange(provider, code, codeVerifier, redirectUri);
        try {
            Map<String, Object> user = http.get().uri(provider.userInfoUri())
                    .headers(headers -> headers.setBearerAuth(accessToken))
                    .accept(MediaType.APPLICATION_JSON).retrieve().body(OBJECT);
            if (user == null) {
                throw unavailable();
            }
            if (provider.emailsUri() == null) {
                return ExternalProfile.fromOidc(user);
            }
            List<Map<String, Object>> emails = http.get().uri(provider.emailsUri())
                    .headers(headers -> headers.setBearerAuth(accessToken))
                    .accept(MediaType.APPLICATION_JSON).retrieve().body(LIST);
            return ExternalProfile.fromGitHub(user, emails == null ? List.of() : emails);
        }
        catch (RestClientException e) {
            throw unavailable();
        }
    }

    private String exchange(OAuth2Properties.Provider provider, String code, String codeVerifier,
            String redirectUri) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", redirectUri);
        form.add("client_id", provider.clientId());
        if (provider.clientSecret() != null) {
            form.add("client_secret", provider.clientSecret());
        }
        form.add("code_verifier", codeVerifier);
        Map<String, Object> answer;
        try {
            // GitHub answers form-encoded unless asked for JSON.
            answer = http.post().uri(provider.tokenUri()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON).body(form).retrieve().body(OBJECT);
        }
        catch (HttpClientErrorException refused) {
            throw codeRefused();
        }
        catch (RestClientException e) {
            throw unavailable();
        }
        Object token = answer == null ? null : answer.get("access_token");
        if (token == null) {
            // GitHub reports a bad code with 200 and an "error" member.
            throw codeRefused();
        }
        return token.toString();
    }

    private static QhException codeRefused() {
        return new QhException(HttpStatus.BAD_REQUEST, "oauth2-code-refused", "Sign-in failed",
                "The provider did not accept the sign-in. Start again.");
    }

    private static QhException unavailable() {
        return new QhException(HttpStatus.BAD_GATEWAY, "oauth2-provider-unavailable", "Provider unavailable",
                "The sign-in provider could not be reached or answered unexpectedly. Try again later.");
    }
}
