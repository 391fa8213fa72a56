package com.qh.auth.totp;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.account.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:10Z");
    private final TotpCodes codes = new TotpCodes("QH");
    private final String secret = codes.newSecret();

    @Test
    void acceptsTheCodeAnAuthenticatorShowsNow() {
        assertThat(codes.matchingStep(secret, codes.codeAt(secret, NOW), NOW)).hasValue(TotpCodes.stepAt(NOW));
    }

    @Test
    void toleratesOneStepOfClockDrift() {
        String previous = codes.codeAt(secret, NOW.minus(Duration.ofSeconds(30)));

        assertThat(codes.matchingStep(secret, previous, NOW)).isPresent();
    }

    @Test
    void refusesACodeTwoStepsOld() {
        String old = codes.codeAt(secret, NOW.minus(Duration.ofSeconds(90)));

        assertThat(codes.matchingStep(secret, old, NOW)).isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        assertThat(codes.matchingStep(secret, "12345", NOW)).isEmpty();
        assertThat(codes.matchingStep(secret, "abcdef", NOW)).isEmpty();
    }

    @Test
    void buildsOtpauthUriForAuthenticatorApps() {
        assertThat(codes.uri(secret, "ada@example.org"))
                .startsWith("otpauth://totp/")
                .contains("secret=" + secret)
                .contains("issuer=QH")
                .contains("digits=6")
                .contains("period=30");
    }

    @Test
    void refusesTheSameCodeTwice() {
        UserAccount user = userWithTotp();
        TwoFactor twoFactor = new TwoFactor(null, codes, null, null, Clock.fixed(NOW, ZoneOffset.UTC));
        String code = codes.codeAt(secret, NOW);

        assertThat(twoFactor.accept(user, code)).isTrue();
        assertThat(twoFactor.accept(user, code)).isFalse();
    }

    private UserAccount userWithTotp() {
        UserAccount user = UserAccount.withPassword("ada@example.org", "hash", "Ada", "en", NOW);
        user.startTotpEnrolment(secret, NOW);
        user.enableTotp(NOW);
        return user;
    }
}
