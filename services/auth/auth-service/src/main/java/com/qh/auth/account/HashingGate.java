package com.qh.auth.account;

import com.qh.platform.web.QhException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets a bounded number of password hashes run at once; the rest wait their turn, first come first served. Argon2 at
 * OWASP's minimum is tens of milliseconds of CPU and 19 MiB of memory per hash: a thousand people signing in at once
 * on virtual threads would run a thousand hashes side by side, each at a thousandth of a core, holding 19 GiB
 * between them, and every other request of the service would starve for CPU. Bounded to the cores, a hash runs at
 * full speed and the other requests keep their share. One that cannot start within {@code maxWait} is a 503 with
 * {@code Retry-After}, the service's way of saying it is full.
 */
final class HashingGate implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final Duration maxWait;

    HashingGate(PasswordEncoder delegate, int concurrency, Duration maxWait) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("At least one hash must be allowed to run, not " + concurrency);
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrency, true);
        this.maxWait = maxWait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        enter();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        enter();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    /** Reads the parameters in the hash's prefix: no hashing, so no turn to wait for. */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** Hashes waiting for their turn now. */
    int waiting() {
        return permits.getQueueLength();
    }

    private void enter() {
        boolean entered;
        try {
            entered = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            QhException busy = new QhException(HttpStatus.SERVICE_UNAVAILABLE, "service-busy", "Service busy",
                    "Too many people are signing in right now. Try again in a few seconds.");
            busy.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
            throw busy;
        }
    }
}
