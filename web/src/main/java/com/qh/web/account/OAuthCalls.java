package com.qh.web.account;

import com.qh.web.api.ApiProblem;
import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Auth's Google/GitHub calls, through the gateway, on the browser's behalf. Auth answers where to send the browser
 * and sets the cookie that binds the attempt to "the browser"; here the web app is that browser, so the cookie's
 * value stays on the server (in the web session) and goes back to auth with the callback. These calls are made
 * here, with the gateway address and headers {@link com.qh.web.api.GatewayApi} uses, because it does not fit them:
 * it answers bodies only and counts a 302 as a failure, while the start's {@code Location} and {@code Set-Cookie}
 * are the point; and it takes a path already encoded and encodes it again, while the callback must hand auth the
 * provider's code exactly (a {@code +} or {@code %} in it would arrive changed).
 */
@Component
class OAuthCalls {

    /** The names auth gives the binding cookie (Secure over https and localhost, plain elsewhere). */
    private static final List<String> BINDING_NAMES = List.of("__Host-qh_oauth", "qh_oauth");

    private final GatewayProperties gateway;
    private final JsonMapper json;
    private final HttpClient http;

    OAuthCalls(GatewayProperties gateway, JsonMapper json) {
        this.gateway = gateway;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(gateway.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** {@code GET /api/v1/auth/oauth2/{provider}/authorize}: a 302 to the provider. */
    Started signIn(String provider, HttpServletRequest browser) {
        HttpResponse<byte[]> answer = send(request("/api/v1/auth/oauth2/{provider}/authorize", provider, browser)
                .GET());
        if (answer.statusCode() != 302) {
            throw refused(answer);
        }
        return started(answer, answer.headers().firstValue(HttpHeaders.LOCATION).orElse(null));
    }

    /** {@code POST /api/v1/auth/oauth2/{provider}/link} as the signed-in person: 200 with where to go. */
    Started link(String provider, String accessToken, HttpServletRequest browser) {
        HttpResponse<byte[]> answer = send(request("/api/v1/auth/oauth2/{provider}/link", provider, browser)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (answer.statusCode() != 200) {
            throw refused(answer);
        }
        return started(answer, parse(answer.body()).path("authorizationUri").asString(null));
    }

    /**
     * {@code GET /api/v1/auth/oauth2/{provider}/callback} with the provider's code and state and the binding cookie:
     * auth's answer (tokens, or a link made) when 2xx, else its problem (401 {@code totp-required} with the
     * {@code twoFactorToken}, 409, 400, ...) as an {@link ApiProblemException}.
     */
    JsonNode callback(String provider, String code, String state, String binding, HttpServletRequest browser) {
        HttpResponse<byte[]> answer = send(request(UriComponentsBuilder
                .fromPath("/api/v1/auth/oauth2/{provider}/callback").queryParam("code", "{code}")
                .queryParam("state", "{state}").encode().buildAndExpand(provider, code, state).toUriString(), browser)
                .header("Cookie", binding).GET());
        if (answer.statusCode() < 200 || answer.statusCode() >= 300) {
            throw refused(answer);
        }
        return parse(answer.body());
    }

    private HttpRequest.Builder request(String path, String provider, HttpServletRequest browser) {
        return request(UriComponentsBuilder.fromPath(path).encode().buildAndExpand(provider).toUriString(), browser);
    }

    private HttpRequest.Builder request(String encodedPath, HttpServletRequest browser) {
        String base = gateway.url().toString().replaceAll("/+$", "");
        return HttpRequest.newBuilder(URI.create(base + encodedPath))
                .timeout(gateway.readTimeout())
                .header(HttpHeaders.ACCEPT, "application/json, application/problem+json")
                .header(HttpHeaders.ACCEPT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag())
                .header("X-Forwarded-For", browser.getRemoteAddr());
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException unreachable) {
            throw new ApiProblemException(ApiProblem.unavailable(503));
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ApiProblemException(ApiProblem.unavailable(503));
        }
    }

    private static Started started(HttpResponse<byte[]> answer, String location) {
        Optional<String> binding = answer.headers().allValues(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.split(";", 2)[0].strip())
                .filter(pair -> BINDING_NAMES.stream().anyMatch(name -> pair.startsWith(name + "="))
                        && pair.indexOf('=') < pair.length() - 1)
                .findFirst();
        String state = location == null ? null : UriComponentsBuilder.fromUriString(location).build()
                .getQueryParams().getFirst("state");
        if (binding.isEmpty() || state == null || !location.startsWith("https://") && !location.startsWith("http://")) {
            throw new ApiProblemException(ApiProblem.unavailable(502));
        }
        return new Started(URI.create(location), URLDecoder.decode(state, StandardCharsets.UTF_8), binding.get());
    }

    private ApiProblemException refused(HttpResponse<byte[]> answer) {
        JsonNode document = parse(answer.body());
        String type = document.path("type").asString("");
        if (type.isEmpty()) {
            return new ApiProblemException(ApiProblem.unavailable(answer.statusCode()));
        }
        Map<String, Object> members = new LinkedHashMap<>();
        document.properties().forEach(member -> {
            if (member.getValue().isValueNode()) {
                members.put(member.getKey(), member.getValue().asString());
            }
        });
        return new ApiProblemException(new ApiProblem(answer.statusCode(), type.substring(type.lastIndexOf('/') + 1),
                document.path("detail").asString(""), Map.of(), members));
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? MissingNode.getInstance() : json.readTree(body);
        }
        catch (JacksonException notJson) {
            return MissingNode.getInstance();
        }
    }

    /**
     * A started attempt.
     *
     * @param location where to send the browser: the provider's consent page
     * @param state the state in it, which the provider's redirect back must carry
     * @param binding the binding cookie as {@code name=value}, to present at the callback
     */
    record Started(URI location, String state, String binding) {
    }
}
