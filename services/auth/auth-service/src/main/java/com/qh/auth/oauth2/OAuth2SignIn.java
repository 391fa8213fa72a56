package com.qh.auth.oauth2;

import com.qh.auth.account.Accounts;
import com.qh.auth.account.CredentialLockout;
import com.qh.auth.account.EmailAddresses;
import com.qh.auth.account.UserAccount;
import com.qh.auth.account.UserAccountRepository;
import com.qh.auth.audit.AuditEventType;
import com.qh.auth.audit.AuditLog;
import com.qh.auth.secret.SecureTokens;
import com.qh.auth.token.Sessions;
import com.qh.auth.token.TokenPair;
import com.qh.auth.totp.TwoFactor;
import com.qh.platform.web.ConflictException;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnauthorizedException;
import com.qh.platform.web.UnprocessableException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The authorization-code flow with PKCE (RFC 7636, S256), kept stateless for the HTTP layer: the state and
 * verifier wait in the database, bound to the starting browser's cookie, and the state is redeemed exactly once.
 *
 * <p>A provider identity signs into the account it is linked to, or creates a new account. It is never linked to
 * an existing account because the addresses match: that would let whoever controls a provider account with the
 * address (a recycled mailbox, a provider that vouches carelessly) into the QH account, past its password and
 * two-factor. Linking needs the account's own session ({@link #start} with a user). An account with two-factor
 * on gets no session from the provider alone: it gets a two-factor step, finished by {@link #completeTwoFactor}.
 */
@Service
class OAuth2SignIn {

    private final OAuth2Properties properties;
    private final PendingAuthorizationRepository pending;
    private final PendingTwoFactorRepository twoFactorSteps;
    private final ExternalIdentityRepository identities;
    private final UserAccountRepository users;
    private final Accounts accounts;
    private final Sessions sessions;
    private final TwoFactor twoFactor;
    private final CredentialLockout lockout;
    private final ProviderClient client;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OAuth2SignIn(OAuth2Properties properties, PendingAuthorizationRepository pending,
            PendingTwoFactorRepository twoFactorSteps, ExternalIdentityRepository identities,
            UserAccountRepository users, Accounts accounts, Sessions sessions, TwoFactor twoFactor,
            CredentialLockout lockout, ProviderClient client, AuditLog audit, TransactionTemplate transactions,
            Clock clock) {
        this.properties = properties;
        this.pending = pending;
        this.twoFactorSteps = twoFactorSteps;
        this.identities = identities;
        this.users = users;
        this.accounts = accounts;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.lockout = lockout;
        this.client = client;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Names of the providers that are configured, for a sign-in page to offer. */
    List<String> enabledProviders() {
        return properties.providers().entrySet().stream().filter(entry -> entry.getValue().enabled())
                .map(Map.Entry::getKey).sorted().toList();
    }

    /**
     * Starts a sign-in with {@code providerName} ({@code linkUserId} null), or the linking of that provider to the
     * signed-in account {@code linkUserId}. Returns where to send the browser and the nonce for its cookie.
     */
    @Transactional
    Started start(String providerName, UUID linkUserId) {
        OAuth2Properties.Provider provider = provider(providerName);
        if (linkUserId != null) {
            UserAccount user = users.findById(linkUserId)
                    .orElseThrow(() -> new NotFoundException("The account is gone."));
            requireEnabled(user, providerName);
        }
        Instant now = clock.instant();
        String state = SecureTokens.random();
        String verifier = SecureTokens.random();
        String nonce = BrowserBinding.newNonce();
        pending.save(new PendingAuthorization(state, providerName, verifier, BrowserBinding.hash(nonce), linkUserId,
                now, now.plus(properties.authorizationTtl())));
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(provider.authorizationUri())
                .queryParam("response_type", "code")
                .queryParam("client_id", provider.clientId())
                .queryParam("redirect_uri", redirectUri(providerName, provider))
                .queryParam("state", state)
                .queryParam("code_challenge", SecureTokens.s256Challenge(verifier))
                .queryParam("code_challenge_method", "S256");
        if (!provider.scopes().isEmpty()) {
            uri.queryParam("scope", String.join(" ", provider.scopes()));
        }
        return new Started(uri.encode().build().toUri(), nonce, properties.authorizationTtl());
    }

    /**
     * Completes a sign-in or link: redeems the state (only with the starting browser's nonce), exchanges the code,
     * then signs in, asks for the two-factor code, or links. The provider calls happen outside any transaction, so
     * no database connection waits on the network.
     */
    Outcome complete(String providerName, String code, String state, String browserNonce) {
        OAuth2Properties.Provider provider = provider(providerName);
        PendingAuthorization authorization = transactions.execute(status -> redeem(providerName, state,
                browserNonce));
        ExternalProfile profile = client.profile(provider, code, authorization.codeVerifier(),
                redirectUri(providerName, provider));
        if (profile.subject() == null) {
            throw new QhException(HttpStatus.BAD_GATEWAY, "oauth2-provider-unavailable", "Provider unavailable",
                    "The sign-in provider answered without a user id.");
        }
        if (authorization.linkUserId() != null) {
            return transactions.execute(status -> link(authorization.linkUserId(), providerName, profile));
        }
        Outcome outcome = transactions.execute(status -> signIn(providerName, profile));
        if (outcome instanceof LinkRequired refused) {
            // Audited in a transaction of its own: the refusal is worth keeping, and nothing else changed.
            audit.record(AuditEventType.SIGN_IN_FAILED, refused.userId(), refused.email(),
                    providerName + ": identity not linked to the account with this address");
            throw new ConflictException("account-exists-link-required", "An account with this e-mail address "
                    + "already exists, and this " + providerName + " account is not linked to it. Sign in with your "
                    + "password (and two-factor code), then link " + providerName + " from your account "
                    + "(POST /api/v1/auth/oauth2/" + providerName + "/link). If you never set a password, ask for a "
                    + "password reset first.").with("provider", providerName);
        }
        return outcome;
    }

    /**
     * The second step of a provider sign-in for an account with two-factor: a fresh TOTP code with the token from
     * the first step. Wrong codes count toward the same lockout as at password sign-in, and the failure count
     * commits although the request fails. The token works once.
     */
    @Transactional(noRollbackFor = QhException.class)
    TokenPair completeTwoFactor(String token, String totpCode) {
        Instant now = clock.instant();
        String hash = token == null ? null : SecureTokens.sha256(token);
        PendingTwoFactor step = hash == null ? null : twoFactorSteps.findById(hash)
                .filter(found -> !found.expiredAt(now)).orElse(null);
        UserAccount user = step == null ? null : users.findById(step.userId()).orElse(null);
        if (user == null || !user.totpEnabled()) {
            throw invalidTwoFactorStep();
        }
        requireEnabled(user, step.provider());
        lockout.requireNotLocked(user, AuditEventType.SIGN_IN_FAILED);
        if (!twoFactor.accept(user, totpCode)) {
            lockout.recordFailure(user, AuditEventType.SIGN_IN_FAILED, step.provider() + ": wrong two-factor code");
            throw new UnauthorizedException("invalid-totp-code", "The two-factor code is wrong or was already used.");
        }
        if (twoFactorSteps.redeem(hash) != 1) {
            throw invalidTwoFactorStep();
        }
        users.recordSuccessfulSignIn(user.id(), now);
        audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.id(), user.email(), step.provider() + " and two-factor");
        return sessions.start(user);
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @Transactional
    void forgetExpired() {
        Instant now = clock.instant();
        pending.deleteExpired(now);
        twoFactorSteps.deleteExpired(now);
    }

    private PendingAuthorization redeem(String providerName, String state, String browserNonce) {
        Instant now = clock.instant();
        PendingAuthorization found = state == null ? null : pending.findById(state).orElse(null);
        if (found == null || !found.matches(providerName, now)) {
            throw invalidState();
        }
        if (browserNonce == null || !found.boundTo(BrowserBinding.hash(browserNonce))) {
            // Not burnt: whoever replays a leaked callback URL must not be able to cancel its owner's sign-in.
            throw new QhException(HttpStatus.BAD_REQUEST, "oauth2-browser-mismatch", "Sign-in not started here",
                    "This sign-in was not started in this browser (or its cookie was blocked or has expired). "
                            + "Start again from the sign-in page.");
        }
        if (pending.redeem(state) != 1) {
            throw invalidState();
        }
        return found;
    }

    private Outcome signIn(String providerName, ExternalProfile profile) {
        Instant now = clock.instant();
        UserAccount user = identities.findByProviderAndSubject(providerName, profile.subject())
                .flatMap(identity -> users.findById(identity.userId())).orElse(null);
        if (user == null) {
            String email = requireEmail(profile);
            UserAccount existing = users.findByEmail(email).orElse(null);
            if (existing != null) {
                return new LinkRequired(existing.id(), email);
            }
            user = accounts.registerExternal(email, profile.name(), profile.emailVerified());
            identities.save(new ExternalIdentity(providerName, profile.subject(), user.id(), email, now));
        }
        requireEnabled(user, providerName);
        if (user.totpEnabled()) {
            String token = SecureTokens.random();
            Duration ttl = properties.twoFactorTtl();
            twoFactorSteps.save(new PendingTwoFactor(SecureTokens.sha256(token), user.id(), providerName, now,
                    now.plus(ttl)));
            return new TwoFactorRequired(token, ttl);
        }
        users.recordSuccessfulSignIn(user.id(), now);
        audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.id(), user.email(), providerName);
        return new SignedIn(sessions.start(user));
    }

    private Outcome link(UUID userId, String providerName, ExternalProfile profile) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("The account is gone."));
        requireEnabled(user, providerName);
        ExternalIdentity existing = identities.findByProviderAndSubject(providerName, profile.subject()).orElse(null);
        if (existing != null) {
            if (existing.userId().equals(user.id())) {
                return new Linked(providerName);
            }
            throw new ConflictException("oauth2-identity-linked-elsewhere", "This " + providerName + " account "
                    + "already signs into another QH account. Unlink it there first.");
        }
        String email = profile.email() == null || profile.email().isBlank() ? null
                : EmailAddresses.normalise(profile.email());
        identities.save(new ExternalIdentity(providerName, profile.subject(), user.id(), email, clock.instant()));
        audit.record(AuditEventType.OAUTH2_LINKED, user.id(), user.email(), providerName + " from a signed-in session");
        return new Linked(providerName);
    }

    private static String requireEmail(ExternalProfile profile) {
        if (profile.email() == null || profile.email().isBlank()) {
            throw new UnprocessableException("oauth2-no-email",
                    "The provider did not share an e-mail address. Allow access to it, or sign up with a password.");
        }
        return EmailAddresses.normalise(profile.email());
    }

    private void requireEnabled(UserAccount user, String providerName) {
        if (!user.enabled()) {
            audit.record(AuditEventType.SIGN_IN_FAILED, user.id(), user.email(), providerName + ": account disabled");
            throw new UnauthorizedException("account-disabled", "This account is disabled. Contact an administrator.");
        }
    }

    private OAuth2Properties.Provider provider(String name) {
        OAuth2Properties.Provider provider = properties.providers().get(name);
        if (provider == null || !provider.enabled()) {
            throw new NotFoundException("Sign-in with '" + name + "' is not available here.");
        }
        return provider;
    }

    private String redirectUri(String name, OAuth2Properties.Provider provider) {
        if (provider.redirectUri() != null) {
            return provider.redirectUri().toString();
        }
        return UriComponentsBuilder.fromUri(properties.publicBaseUrl())
                .path("/api/v1/auth/oauth2/{provider}/callback").buildAndExpand(name).toUriString();
    }

    private static QhException invalidState() {
        return new QhException(HttpStatus.BAD_REQUEST, "invalid-oauth2-state", "Sign-in expired",
                "This sign-in attempt is unknown, expired or already completed. Start again.");
    }

    private static UnauthorizedException invalidTwoFactorStep() {
        return new UnauthorizedException("invalid-two-factor-step",
                "This two-factor step is unknown, expired or already completed. Sign in again.");
    }

    /** Where to send the browser, and the nonce its cookie must carry back. */
    record Started(URI authorizationUri, String browserNonce, Duration ttl) {
    }

    /** How a callback ended when it did not fail. */
    sealed interface Outcome permits SignedIn, TwoFactorRequired, Linked, LinkRequired {
    }

    record SignedIn(TokenPair tokens) implements Outcome {
    }

    /** The provider is one factor; the account wants its TOTP code with {@code twoFactorToken} before a session. */
    record TwoFactorRequired(String twoFactorToken, Duration expiresIn) implements Outcome {
    }

    record Linked(String provider) implements Outcome {
    }

    /** An account has the address but not this identity: refused by {@link #complete}, never returned by it. */
    record LinkRequired(UUID userId, String email) implements Outcome {
    }
}
