package com.qh.launcher.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.RunningPlatform.Answer;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** What one case's answer must be, on top of the checks every answer gets. */
@FunctionalInterface
interface Expect {

    /** Throws an {@link AssertionError} when the answer is not what the case expects. */
    void check(Answer answer, Scene scene);

    /** Both this and {@code other}. */
    default Expect and(Expect other) {
        return (answer, scene) -> {
            check(answer, scene);
            other.check(answer, scene);
        };
    }

    /** Exactly one of these statuses. */
    static Expect status(int... statuses) {
        return (answer, scene) -> assertThat(Arrays.stream(statuses).boxed().toList())
                .as("status of %s", brief(answer)).contains(answer.status());
    }

    /** Refused: any 4xx. */
    static Expect refused() {
        return (answer, scene) -> assertThat(answer.status()).as("a 4xx for %s", brief(answer)).isBetween(400, 499);
    }

    /** Not found, and nothing of the victim's in the body: how another user's resource must look. */
    static Expect notFound() {
        return status(404).and(noVictimContent());
    }

    /**
     * Nothing of what the victim stored (her marker, e-mail, phone) in the body or headers; ids the attacker sent
     * himself may be echoed in a problem's {@code instance} or {@code detail}.
     */
    static Expect noVictimContent() {
        return (answer, scene) -> {
            String everything = answer.body() + " " + answer.headers().map();
            for (String secret : scene.victimContent()) {
                assertThat(everything).as("the victim's data in %s", brief(answer)).doesNotContain(secret);
            }
        };
    }

    /** Handled: anything but a server error (the common checks still apply). */
    static Expect handled() {
        return (answer, scene) -> assertThat(answer.status()).as("handled: %s", brief(answer)).isBetween(200, 499);
    }

    /** Accepted (2xx). */
    static Expect accepted() {
        return (answer, scene) -> assertThat(answer.status()).as("accepted: %s", brief(answer)).isBetween(200, 299);
    }

    /** Nothing that belongs to the victim user (her marker, her e-mail, her ids) in the body or headers. */
    static Expect noVictimData() {
        return (answer, scene) -> {
            String everything = answer.body() + " " + answer.headers().map();
            for (String secret : scene.victimSecrets()) {
                assertThat(everything).as("the victim's data in %s", brief(answer)).doesNotContain(secret);
            }
        };
    }

    /** The body does not contain {@code text} (case-insensitive). */
    static Expect bodyLacks(String... texts) {
        return (answer, scene) -> {
            for (String text : texts) {
                assertThat(answer.body().toLowerCase(java.util.Locale.ROOT)).as("body of %s", brief(answer))
                        .doesNotContain(text.toLowerCase(java.util.Locale.ROOT));
            }
        };
    }

    /** A header is absent or does not satisfy {@code bad}. */
    static Expect noHeader(String name, Predicate<String> bad) {
        return (answer, scene) -> assertThat(answer.headers().allValues(name)).as("%s of %s", name, brief(answer))
                .noneMatch(bad);
    }

    /** Any further check on the answer. */
    static Expect that(BiConsumer<Answer, Scene> check) {
        return check::accept;
    }

    static String brief(Answer answer) {
        String body = answer.body() == null ? "" : answer.body();
        return answer.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
