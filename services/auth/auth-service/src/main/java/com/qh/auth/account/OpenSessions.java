package com.qh.auth.account;

import java.util.UUID;

/**
 * Ending a person's sessions when their password changes, as the account needs it. Owned here and implemented
 * by {@code token.Sessions}, so that {@code token} depends on {@code account} (it issues tokens for accounts) and
 * never the other way round.
 */
public interface OpenSessions {

    /** Ends every session of the account; returns how many ended. */
    int endAll(UUID userId);

    /** Ends every session of the account except the one the access token {@code keepAccessTokenId} belongs to. */
    int endAllExcept(UUID userId, String keepAccessTokenId);
}
