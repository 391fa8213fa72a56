package com.qh.auth.totp;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.ApiClient;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The authenticator app of one account with two-factor on, for tests: enrolled and confirmed over auth's API, it
 * shows codes the way a phone would ({@link TotpCodes}, issuer {@code QH}), and names codes it would never show.
 */
public final class Authenticator {

    private final TotpCodes codes = new TotpCodes("QH");
    private final String secret;

    private Authenticator(String secret) {
        this.secret = secret;
    }

    /**
     * Turns two-factor on for the signed-in account: enrols, confirms with the code shown now, and checks that auth
     * took it. That code is spent; sign in with {@link #nextCode()}.
     *
     * @param session a client of auth presenting the account's access token
     */
    public static Authenticator enrolled(ApiClient session) {
        String secret = session.post("/api/v1/auth/2fa/totp", null).json().path("secret").asString();
        Authenticator authenticator = new Authenticator(secret);
        assertThat(session.post("/api/v1/auth/2fa/totp/confirm", Map.of("code", authenticator.codeAt(Instant.now())))
                .status()).isEqualTo(204);
        return authenticator;
    }

    /** The shared secret, as auth handed it out at enrolment. */
    public String secret() {
        return secret;
    }

    /** The code shown at {@code time}. */
    public String codeAt(Instant time) {
        return codes.codeAt(secret, time);
    }

    /** A code the confirmation did not spend: the next time step's, inside the accepted drift. */
    public String nextCode() {
        return codeAt(Instant.now().plusSeconds(30));
    }

    /** Five codes this authenticator shows at no time around now (auth accepts one step either side). */
    public String[] wrongCodes() {
        Instant now = Instant.now();
        Set<String> valid = Set.of(codeAt(now.minusSeconds(60)), codeAt(now.minusSeconds(30)), codeAt(now),
                codeAt(now.plusSeconds(30)), codeAt(now.plusSeconds(60)));
        return IntStream.range(0, 20).mapToObj(i -> String.format("%06d", (i * 7919 + 123) % 1_000_000))
                .filter(code -> !valid.contains(code)).limit(5).toArray(String[]::new);
    }
}
