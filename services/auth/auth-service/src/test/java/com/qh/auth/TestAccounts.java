package com.qh.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import java.util.Map;
import java.util.UUID;

/**
 * People signing up and in at auth over real HTTP, for auth's tests: a fresh address for each, a password that
 * passes the policy, the session a sign-in gives. The one place the sign-up and sign-in requests are written, so a
 * test states only what it is about ({@code accounts.signedUp()}, {@code accounts.signIn(email, otherPassword)}).
 */
public final class TestAccounts {

    /** A password that passes auth's policy: the one every account made here has unless a test names another. */
    public static final String PASSWORD = "violet tractor sings at dawn";

    private final ApiClient api;

    /** @param api an anonymous client of the auth service under test */
    public TestAccounts(ApiClient api) {
        this.api = api;
    }

    /** An address auth has not seen: {@code person-<8 hex>@example.org}. */
    public static String newEmail() {
        return newEmail("person");
    }

    /** An address auth has not seen: {@code <prefix>-<8 hex>@example.org}. */
    public static String newEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** The sign-up request as a client sends it (as "Test Person", in English); the answer is the test's to check. */
    public Reply register(String email, String password) {
        return api.post("/api/v1/auth/register", Map.of("email", email, "password", password, "displayName",
                "Test Person", "locale", "en"));
    }

    /** The sign-in request without a second factor; the answer is the test's to check. */
    public Reply login(String email, String password) {
        return api.post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    /** Spends {@code refreshToken} for a new pair; the answer is the test's to check. */
    public Reply refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    /** A new account at a fresh address with {@link #PASSWORD}, not verified; returns the address. */
    public String registered() {
        return registered(newEmail());
    }

    /** A new account at {@code email} with {@link #PASSWORD}, not verified; returns the address. */
    public String registered(String email) {
        Reply registered = register(email, PASSWORD);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return email;
    }

    /** A new account at a fresh address, signed in once with {@link #PASSWORD}. */
    public Session signedUp() {
        return signIn(registered());
    }

    /** Signs {@code email} in with {@link #PASSWORD}: a new session. */
    public Session signIn(String email) {
        return signIn(email, PASSWORD);
    }

    /** Signs {@code email} in with {@code password}: a new session. */
    public Session signIn(String email, String password) {
        return session(email, login(email, password));
    }

    /** Spends the session's refresh token: the next pair of tokens of the same session. */
    public Session refreshed(Session session) {
        return session(session.email(), refresh(session.refreshToken()));
    }

    private static Session session(String email, Reply tokens) {
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        return new Session(email, tokens.json().path("accessToken").asString(),
                tokens.json().path("refreshToken").asString(), tokens);
    }

    /**
     * The tokens of one sign-in or refresh.
     *
     * @param reply auth's whole answer, for tests that look at more than the tokens
     */
    public record Session(String email, String accessToken, String refreshToken, Reply reply) {
    }
}
