package com.qh.gateway.routing;

import com.qh.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

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

    /** Answers {@code request} with a 503 (the service cannot be reached) or a 504 (it did not answer in time). */
    static void answer(String service, IOException failure, HttpServletRequest request, HttpServletResponse response,
            JsonMapper json) throws IOException {
        boolean timedOut = !hasCause(failure, ConnectException.class)
                && !hasCause(failure, ConnectTimeoutException.class) && hasCause(failure, SocketTimeoutException.class);
        HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        String path = Problems.instanceOf(request);
        log.warn("Service '{}' {} for {} {}: {}", service, timedOut ? "timed out" : "is unreachable",
                request.getMethod(), path, rootMessage(failure));
        ProblemDetail problem = timedOut
                ? Problems.of(status, "gateway-timeout", "Service timed out",
                        "The " + service + " service did not answer in time. Try again in a moment.", path)
                : Problems.of(status, "service-unavailable", "Service unavailable",
                        "The " + service + " service is not available right now. Try again in a moment.", path);
        problem.setProperty("service", service);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        Problems.write(response, problem, json);
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
