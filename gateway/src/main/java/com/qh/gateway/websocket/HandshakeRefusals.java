package com.qh.gateway.websocket;

import com.qh.platform.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import java.io.IOException;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refused handshakes as problem documents, like every other refusal of the gateway: a browser's WebSocket API
 * shows none of it, but scripts, proxies and the hostile-input suite read the answer as any other (issue 21, G6).
 */
final class HandshakeRefusals {

    static final String RETRY_AFTER_SECONDS = "5";

    /*
     * Tomcat's client reports a handshake the service answered with anything but 101 only as a DeploymentException
     * whose message holds the status ("The HTTP response from the server [401] did not permit the HTTP upgrade to
     * WebSocket", "Failed to handle HTTP response code [401]. ..."); the embedded Tomcat ships these messages in
     * English only. A connection that fails before any answer says "[ws://...]" instead, which does not match.
     */
    private static final Pattern ANSWERED = Pattern.compile(
            "(?:HTTP response from the server|HTTP response code) \\[(\\d{3})\\]");

    private HandshakeRefusals() {
    }

    /** The status the service answered a handshake with, when it answered at all. */
    static OptionalInt statusAnswered(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DeploymentException && cause.getMessage() != null) {
                Matcher matcher = ANSWERED.matcher(cause.getMessage());
                if (matcher.find()) {
                    return OptionalInt.of(Integer.parseInt(matcher.group(1)));
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return OptionalInt.empty();
    }

    static ProblemDetail problem(HttpStatusCode status, String slug, String title, String detail,
            ServerHttpRequest request) {
        return Problems.of(status, slug, title, detail, instance(request));
    }

    static ProblemDetail unauthorized(String detail, ServerHttpRequest request) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail, request);
    }

    /** Writes the problem as the handshake's answer; Spring closes the response after the refusing interceptor. */
    static void write(ServerHttpResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
        if (response instanceof ServletServerHttpResponse servlet) {
            HttpServletResponse target = servlet.getServletResponse();
            target.setHeader("X-Content-Type-Options", "nosniff");
            if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                target.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            }
            Problems.write(target, problem, json);
        }
        else {
            response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        }
    }

    // The path only: the query may hold the access token.
    private static String instance(ServerHttpRequest request) {
        return request instanceof ServletServerHttpRequest servlet
                ? Problems.instanceOf(servlet.getServletRequest())
                : request.getURI().getRawPath();
    }
}
