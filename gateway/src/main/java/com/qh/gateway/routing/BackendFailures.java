package com.qh.gateway.routing;

import com.qh.platform.web.Problems;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Answers for a service that cannot be reached or does not answer in time. Without this a refused connection
 * would surface as a 500, which tells a client "our bug" when the truth is "try again shortly".
 */
final class BackendFailures {

    private static final Logger log = LoggerFactory.getLogger(BackendFailures.class);

    // Long enough for a restarting service in the default run, short enough that a user retries by hand.
    private static final String RETRY_AFTER_SECONDS = "5";

    private BackendFailures() {
    }

    static boolean isBackendFailure(Throwable failure) {
        return failure instanceof ResourceAccessException;
    }

    static ServerResponse answer(String service, Throwable failure, ServerRequest request) {
        boolean timedOut = !hasCause(failure, ConnectException.class)
                && !hasCause(failure, ConnectTimeoutException.class) && hasCause(failure, SocketTimeoutException.class);
        HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        log.warn("Service '{}' {} for {} {}: {}", service, timedOut ? "timed out" : "is unreachable",
                request.method(), request.path(), rootMessage(failure));
        ProblemDetail problem = timedOut
                ? Problems.of(status, "gateway-timeout", "Service timed out",
                        "The " + service + " service did not answer in time. Try again in a moment.", request.path())
                : Problems.of(status, "service-unavailable", "Service unavailable",
                        "The " + service + " service is not available right now. Try again in a moment.",
                        request.path());
        problem.setProperty("service", service);
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
