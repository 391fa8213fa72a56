package com.qh.web.session;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the web app keeps in a signed-in person's session: the API's token pair and who it belongs to. Stored
 * server-side only (the session table), so a stolen cookie is the only way in and signing out ends it.
 *
 * @param accessToken the bearer token sent to the gateway
 * @param refreshToken the single-use token that buys the next pair
 * @param expiresAt when the access token stops being accepted
 * @param email the account's address
 * @param name the display name
 * @param roles {@code USER}, and {@code ADMIN} for admins
 */
public record SessionTokens(String accessToken, String refreshToken, Instant expiresAt, String email, String name,
        List<String> roles) implements Serializable {

    public SessionTokens {
        roles = List.copyOf(roles);
    }

    /** Whether the access token is due for a refresh at {@code now} (30 s early, for clock skew and latency). */
    public boolean dueAt(Instant now) {
        return !now.isBefore(expiresAt.minusSeconds(30));
    }

    /** The same person with a new token pair. */
    public SessionTokens refreshed(String newAccess, String newRefresh, Instant newExpiry) {
        return new SessionTokens(newAccess, newRefresh, newExpiry, email, name, roles);
    }

    public boolean admin() {
        return roles.contains("ADMIN");
    }
}
