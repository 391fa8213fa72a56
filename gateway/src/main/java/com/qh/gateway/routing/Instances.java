package com.qh.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.HttpHost;

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
    static final Set<String> IDEMPOTENT_READS = Set.of("GET", "HEAD", "OPTIONS");

    /** One call to one instance. */
    @FunctionalInterface
    interface Call<T> {
        T to(HttpHost instance) throws IOException;
    }

    private final List<HttpHost> instances;
    private final AtomicInteger next = new AtomicInteger();

    Instances(List<HttpHost> instances) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("A service needs at least one address");
        }
        this.instances = List.copyOf(instances);
    }

    /** Makes {@code call} to an instance in turn, and for a read to the next one while an instance is gone. */
    <T> T call(String method, Call<T> call) throws IOException {
        int first = Math.floorMod(next.getAndIncrement(), instances.size());
        int attempts = IDEMPOTENT_READS.contains(method) ? Math.max(2, instances.size()) : 1;
        for (int attempt = 1;; attempt++) {
            try {
                return call.to(instances.get((first + attempt - 1) % instances.size()));
            }
            catch (IOException unreachable) {
                if (attempt >= attempts || !instanceGone(unreachable)) {
                    throw unreachable;
                }
            }
        }
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
