package com.qh.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The instances of one service, taken in turn. A read ({@code GET}, {@code HEAD}, {@code OPTIONS}) that finds its
 * instance gone (connection refused, reset or closed before an answer) is sent to the next one, so a service
 * killed or restarting behind the gateway costs its users nothing as long as another instance lives; with a single
 * address it is tried twice (behind a Kubernetes Service the second connection may reach another pod). A write is
 * sent once: whether a dead connection had already delivered it cannot be known, and doing it twice could. A read
 * that timed out is not repeated either: it already took the whole read timeout.
 */
final class Instances {

    /** The methods a failed call may repeat: the request to the next instance, a stale connection's once more. */
    static final Set<HttpMethod> IDEMPOTENT_READS = Set.of(HttpMethod.GET, HttpMethod.HEAD,
            HttpMethod.OPTIONS);

    private final List<URI> instances;
    private final AtomicInteger next = new AtomicInteger();

    Instances(List<URI> instances) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("A service needs at least one address");
        }
        this.instances = List.copyOf(instances);
    }

    /** The proxy handler, sending each request to an instance in turn and reads to the next when one is gone. */
    HandlerFunction<ServerResponse> proxy(HandlerFunction<ServerResponse> proxy) {
        return request -> {
            int first = Math.floorMod(next.getAndIncrement(), instances.size());
            int attempts = IDEMPOTENT_READS.contains(request.method()) ? Math.max(2, instances.size()) : 1;
            for (int attempt = 1;; attempt++) {
                MvcUtils.setRequestUrl(request, instances.get((first + attempt - 1) % instances.size()));
                try {
                    return proxy.handle(request);
                }
                catch (ResourceAccessException unreachable) {
                    if (attempt >= attempts || !instanceGone(unreachable)) {
                        throw unreachable;
                    }
                }
            }
        };
    }

    /** Whether the instance is not there (refused, reset, closed), as opposed to there but slow. */
    static boolean instanceGone(Throwable failure) {
        boolean gone = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException) {
                return true;
            }
            if (cause instanceof SocketTimeoutException) {
                return false;
            }
            gone |= cause instanceof IOException;
        }
        return gone;
    }
}
