package com.qh.auth.account;

import com.qh.platform.web.QhException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets a bounded number of password hashes run at once, on platform threads of their own; the rest wait their turn,
 * first come first served. Argon2 at OWASP's minimum is tens of milliseconds of CPU and 19 MiB of memory per hash.
 * A thousand people signing in at once on virtual threads would run a thousand hashes side by side, holding 19 GiB
 * between them; and a virtual thread is not preempted, so each hash would keep one of the few carrier threads (one
 * per core, shared by every virtual thread of the JVM: in the default run, every app's) from all other requests until
 * it finished. Here the request's virtual thread parks while a hasher thread, which the operating system time-slices
 * like any other, computes. One that cannot start within {@code maxWait} is a 503 with {@code Retry-After}, the
 * service's way of saying it is full.
 */
final class HashingGate implements PasswordEncoder, AutoCloseable {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final ExecutorService hashers;
    private final Duration maxWait;
    private final int concurrency;

    HashingGate(PasswordEncoder delegate, int concurrency, Duration maxWait) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("At least one hash must be allowed to run, not " + concurrency);
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrency, true);
        this.hashers = Executors.newFixedThreadPool(concurrency,
                Thread.ofPlatform().name("password-hash-", 1).daemon(true).factory());
        this.maxWait = maxWait;
        this.concurrency = concurrency;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hash(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return hash(() -> delegate.matches(rawPassword, encodedPassword));
    }

    /** Reads the parameters in the hash's prefix: no hashing, so no turn to wait for. */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many hashes may run at once. */
    int concurrency() {
        return concurrency;
    }

    /** Hashes waiting for their turn now. */
    int waiting() {
        return permits.getQueueLength();
    }

    @Override
    public void close() {
        hashers.shutdownNow();
    }

    private <T> T hash(Callable<T> work) {
        enter();
        try {
            return hashers.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a password was hashed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The password hash failed", e.getCause());
        } finally {
            permits.release();
        }
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
