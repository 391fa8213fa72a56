package com.qh.auth.token;

import com.qh.auth.account.OpenSessions;
import com.qh.auth.account.UserAccount;
import com.qh.auth.account.UserAccountRepository;
import com.qh.auth.audit.AuditEventType;
import com.qh.auth.audit.AuditLog;
import com.qh.auth.secret.SecureTokens;
import com.qh.platform.security.TokenDenylist;
import com.qh.platform.web.UnauthorizedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions are refresh-token families. This starts them (sign-in), rotates them (refresh) and ends them (logout,
 * password change, account disabled), also refusing the access token handed out with the family's latest
 * refresh token until it expires.
 */
@Service
public class Sessions implements OpenSessions {

    private final RefreshTokenRepository refreshTokens;
    private final UserAccountRepository users;
    private final AccessTokens accessTokens;
    private final TokenDenylist denylist;
    private final AuditLog audit;
    private final TokenProperties properties;
    private final Clock clock;

    Sessions(RefreshTokenRepository refreshTokens, UserAccountRepository users, AccessTokens accessTokens,
            TokenDenylist denylist, AuditLog audit, TokenProperties properties, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.accessTokens = accessTokens;
        this.denylist = denylist;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new session for someone who just proved who they are; it ends {@code session-max-age} from now. */
    @Transactional
    public TokenPair start(UserAccount user) {
        Instant now = clock.instant();
        Instant sessionEnds = now.plus(properties.sessionMaxAge());
        IssuedAccessToken access = accessTokens.issue(user, sessionEnds);
        String refresh = SecureTokens.random();
        refreshTokens.save(RefreshToken.startFamily(user.id(), SecureTokens.sha256(refresh), now,
                earliest(now.plus(properties.refreshTokenTtl()), sessionEnds), access));
        return pair(access, refresh, now);
    }

    /**
     * Exchanges a refresh token for a new pair. A spent token presented again revokes its family and is refused;
     * the revocation commits although the request fails. A session older than {@code session-max-age} is refused
     * ({@code session-expired}) and ended; the new tokens never outlive the session.
     */
    @Transactional(noRollbackFor = UnauthorizedException.class)
    public TokenPair refresh(String presentedToken) {
        Instant now = clock.instant();
        RefreshToken presented = refreshTokens.findForUpdate(SecureTokens.sha256(presentedToken))
                .orElseThrow(Sessions::invalidRefreshToken);
        switch (presented.stateAt(now)) {
            case SPENT -> {
                revokeFamily(presented.familyId(), now);
                audit.record(AuditEventType.REFRESH_TOKEN_REUSED, presented.userId(), null,
                        "family " + presented.familyId() + " revoked");
                throw new UnauthorizedException("refresh-token-reused",
                        "This refresh token was already used. All sessions started with it were ended; sign in "
                                + "again.");
            }
            case REVOKED -> throw invalidRefreshToken();
            case EXPIRED, ACTIVE -> {
                // Handled below: an expired token may be expired because its session is over, which says more.
            }
        }
        Instant sessionEnds = presented.sessionEndsAt(properties.sessionMaxAge());
        if (!now.isBefore(sessionEnds)) {
            revokeFamily(presented.familyId(), now);
            throw new UnauthorizedException("session-expired",
                    "This session has reached its maximum lifetime and has ended. Sign in again.");
        }
        if (presented.stateAt(now) == RefreshToken.State.EXPIRED) {
            throw invalidRefreshToken();
        }
        Optional<UserAccount> user = users.findById(presented.userId()).filter(UserAccount::enabled);
        if (user.isEmpty()) {
            revokeFamily(presented.familyId(), now);
            throw invalidRefreshToken();
        }
        IssuedAccessToken access = accessTokens.issue(user.get(), sessionEnds);
        String refresh = SecureTokens.random();
        refreshTokens.save(presented.rotate(SecureTokens.sha256(refresh), now,
                earliest(now.plus(properties.refreshTokenTtl()), sessionEnds), access));
        return pair(access, refresh, now);
    }

    /**
     * Ends the session the caller's access token belongs to (and the one of {@code refreshToken}, when given and
     * theirs), and refuses that access token from now on.
     */
    @Transactional
    public void end(UUID userId, String accessTokenId, Instant accessExpiresAt, String refreshToken) {
        Instant now = clock.instant();
        denylist.revoke(accessTokenId, accessExpiresAt);
        refreshTokens.findFirstByAccessTokenId(accessTokenId).filter(token -> token.userId().equals(userId))
                .ifPresent(token -> revokeFamily(token.familyId(), now));
        if (refreshToken != null && !refreshToken.isBlank()) {
            refreshTokens.findForUpdate(SecureTokens.sha256(refreshToken))
                    .filter(token -> token.userId().equals(userId))
                    .ifPresent(token -> revokeFamily(token.familyId(), now));
        }
        audit.record(AuditEventType.SIGNED_OUT, userId, null, null);
    }

    /**
     * Ends every session of the caller's account, the caller's own included ("sign out everywhere"): every
     * refresh-token family is revoked and the latest access token of each refused, as when an admin disables the
     * account, and so is the access token of this request, whichever family it came from.
     *
     * @return how many sessions ended
     */
    @Transactional
    public int endEverywhere(UUID userId, String accessTokenId, Instant accessExpiresAt) {
        denylist.revoke(accessTokenId, accessExpiresAt);
        int ended = endAll(userId);
        audit.record(AuditEventType.SIGNED_OUT_EVERYWHERE, userId, null, ended + " sessions ended");
        return ended;
    }

    /** Ends every session of the account (password reset, account disabled or deleted). */
    @Override
    @Transactional
    public int endAll(UUID userId) {
        return endAllExcept(userId, null);
    }

    /** Ends every session of the account except the one the access token {@code keepAccessTokenId} belongs to. */
    @Override
    @Transactional
    public int endAllExcept(UUID userId, String keepAccessTokenId) {
        Instant now = clock.instant();
        UUID keepFamily = keepAccessTokenId == null ? null : refreshTokens.findFirstByAccessTokenId(keepAccessTokenId)
                .map(RefreshToken::familyId).orElse(null);
        List<UUID> families = refreshTokens.findByUserIdAndRevokedAtIsNull(userId).stream()
                .map(RefreshToken::familyId).distinct().filter(family -> !family.equals(keepFamily)).toList();
        families.forEach(family -> revokeFamily(family, now));
        return families.size();
    }

    /** Seconds an access token lives, as reported in {@link TokenPair#expiresIn()}. */
    public Duration accessTokenTtl() {
        return properties.accessTokenTtl();
    }

    private void revokeFamily(UUID familyId, Instant now) {
        for (RefreshToken token : refreshTokens.findByFamilyIdAndRevokedAtIsNull(familyId)) {
            token.revoke(now);
            if (token.accessExpiresAt().isAfter(now)) {
                denylist.revoke(token.accessTokenId(), token.accessExpiresAt());
            }
        }
    }

    private static TokenPair pair(IssuedAccessToken access, String refresh, Instant now) {
        return new TokenPair(access.value(), refresh, Duration.between(now, access.expiresAt()).toSeconds(), "Bearer");
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static UnauthorizedException invalidRefreshToken() {
        return new UnauthorizedException("invalid-refresh-token",
                "The refresh token is unknown, expired or revoked. Sign in again.");
    }
}
