package com.qh.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.qh.platform.web.QhException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

class HashingGateTest {

    /** A hash that waits until the test opens it, counting how many run at once. */
    static final class CountingHash implements PasswordEncoder {

        final CountDownLatch open = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @Override
        public String encode(CharSequence rawPassword) {
            threads.add((Thread.currentThread().isVirtual() ? "virtual " : "platform ")
                    + Thread.currentThread().getName().replaceAll("\\d+$", "N"));
            running.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.get(), Math::max);
            try {
                open.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return "hash of " + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return encode(rawPassword).equals(encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encodedPassword.startsWith("old");
        }
    }

    @Test
    void runsAtMostTheAllowedNumberOfHashesAtOnceOnPlatformThreadsAndTheRestInTurn() throws Exception {
        CountingHash hash = new CountingHash();
        List<Future<Boolean>> checks = new ArrayList<>();
        try (HashingGate gate = new HashingGate(hash, 2, Duration.ofSeconds(30));
                ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                String password = "password " + i;
                checks.add(people.submit(() -> gate.matches(password, "hash of " + password)));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> hash.running.get() == 2 && gate.waiting() == 6);
            hash.open.countDown();
            for (Future<Boolean> check : checks) {
                assertThat(check.get(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(gate.waiting()).isZero();
        }
        assertThat(hash.mostAtOnce).hasValue(2);
        // The people's virtual threads park; the hash runs where the operating system can time-slice it.
        assertThat(hash.threads).containsExactly("platform password-hash-N");
    }

    @Test
    void aHashThatCannotStartInTimeIsA503WithRetryAfter() throws Exception {
        CountingHash hash = new CountingHash();
        try (HashingGate gate = new HashingGate(hash, 1, Duration.ofMillis(200));
                ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = people.submit(() -> gate.encode("first"));
            await().atMost(Duration.ofSeconds(10)).until(() -> hash.running.get() == 1);

            assertThatThrownBy(() -> gate.encode("second")).isInstanceOfSatisfying(QhException.class, busy -> {
                assertThat(busy.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(busy.type()).hasToString(QhException.TYPE_BASE + "service-busy");
                assertThat(busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            });

            hash.open.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("hash of first");
            assertThat(gate.encode("third")).as("the turn was given back").isEqualTo("hash of third");
        }
    }

    @Test
    void readingAHashsParametersWaitsForNoTurn() {
        CountingHash hash = new CountingHash();
        try (HashingGate gate = new HashingGate(hash, 1, Duration.ofMillis(1))) {
            assertThat(gate.upgradeEncoding("old hash")).isTrue();
            assertThat(gate.upgradeEncoding("new hash")).isFalse();
        }
        assertThat(hash.threads).isEmpty();
    }

    @Test
    void refusesAGateThatLetsNothingThrough() {
        assertThatThrownBy(() -> new HashingGate(new CountingHash(), 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
