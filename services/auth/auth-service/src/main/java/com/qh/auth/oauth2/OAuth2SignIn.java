package com.qh.auth.oauth2;

import com.qh.auth.account.Accounts;
import com.qh.auth.account.EmailAddresses;
import com.qh.auth.account.UserAccount;
import com.qh.auth.account.UserAccountRepository;
import com.qh.auth.audit.AuditEventType;
import com.qh.auth.audit.AuditLog;
import com.qh.auth.token.SecureTokens;
import com.qh.auth.token.Sessions;
import com.qh.auth.token.TokenPair;
import com.qh.platform.web.ConflictException;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnauthorizedException;
import com.qh.platform.web.UnprocessableException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The authorization-code flow with PKCE (RFC 7636, S256), kept stateless for the HTTP layer: the state and
 * verifier wait in the database, and the state is redeemed exactly once.
 */
@Service
class OAuth2SignIn {

    private final OAuth2Properties properties;
    private final PendingAuthorizationRepository pending;
    private final ExternalIdentityRepository identities;
    private final UserAccountRepository users;
    private final Accounts accounts;
    private final Sessions sessions;
    private final ProviderClient client;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OAuth2SignIn(OAuth2Properties properties, PendingAuthorizationRepository pending,
            ExternalIdentityRepository identities, UserAccountRepository users, Accounts accounts, Sessions sessions,
            ProviderClient client, AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.pending = pending;
        this.identities = identities;
        this.users = users;
        this.accounts = accounts;
        this.sessions = sessions;
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

    /** Where to send the browser to start signing in with {@code providerName}. */
    @Transactional
    URI start(String providerName) {
        OAuth2Properties.Provider provider = provider(providerName);
        Instant now = clock.instant();
        String state = SecureTokens.random();
        String verifier = SecureTokens.random();
        pending.save(new PendingAuthorization(state, providerName, verifier, now,
                now.plus(properties.authorizationTtl())));
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
        return uri.encode().build().toUri();
    }

    /**
     * Completes a sign-in: redeems the state, exchanges the code, and signs in the linked, matched or new account.
     * The provider calls happen outside any transaction, so no database connection waits on the network.
     */
    TokenPair complete(String providerName, String code, String state) {
        OAuth2Properties.Provider provider = provider(providerName);
        PendingAuthorization authorization = transactions.execute(status -> redeem(providerName, state));
        ExternalProfile profile = client.profile(provider, code, authorization.codeVerifier(),
                redirectUri(providerName, provider));
        if (profile.subject() == null) {
            throw new QhException(HttpStatus.BAD_GATEWAY, "oauth2-provider-unavailable", "Provider unavailable",
                    "The sign-in provider answered without a user id.");
        }
        return transactions.execute(status -> signIn(providerName, profile));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @Transactional
    void forgetExpired() {
        pending.deleteExpired(clock.instant());
    }

    private PendingAuthorization redeem(String providerName, String state) {
        Instant now = clock.instant();
        PendingAuthorization found = state == null ? null : pending.findById(state).orElse(null);
        if (found == null || pending.redeem(state) != 1 || !found.matches(providerName, now)) {
            throw new QhException(HttpStatus.BAD_REQUEST, "invalid-oauth2-state", "Sign-in expired",
                    "This sign-in attempt is unknown, expired or already completed. Start again.");
        }
        return found;
    }

    private TokenPair signIn(String providerName, ExternalProfile profile) {
        Instant now = clock.instant();
        UserAccount user = identities.findByProviderAndSubject(providerName, profile.subject())
                .flatMap(identity -> users.findById(identity.userId()))
                .orElseGet(() -> linkOrCreate(providerName, profile, now));
        if (!user.enabled()) {
            audit.record(AuditEventType.SIGN_IN_FAILED, user.id(), user.email(), providerName + ": account disabled");
            throw new UnauthorizedException("account-disabled", "This account is disabled. Contact an administrator.");
        }
        users.recordSuccessfulSignIn(user.id(), now);
        audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.id(), user.email(), providerName);
        return sessions.start(user);
    }

    private UserAccount linkOrCreate(String providerName, ExternalProfile profile, Instant now) {
        if (profile.email() == null || profile.email().isBlank()) {
            throw new UnprocessableException("oauth2-no-email",
                    "The provider did not share an e-mail address. Allow access to it, or sign up with a password.");
        }
        String email = EmailAddresses.normalise(profile.email());
        UserAccount existing = users.findByEmail(email).orElse(null);
        UserAccount user;
        if (existing == null) {
            user = accounts.registerExternal(email, profile.name(), profile.emailVerified());
        }
        else if (profile.emailVerified()) {
            user = existing;
            if (!user.emailVerified()) {
                // Whoever chose the password never proved the address: they may have registered it to wait for
                // its owner. The owner gets the account; the unproven password goes.
                user.removePassword(now);
                user.verifyEmail(now);
                sessions.endAll(user.id());
            }
            audit.record(AuditEventType.OAUTH2_LINKED, user.id(), email, providerName);
        }
        else {
            throw new ConflictException("oauth2-email-unverified",
                    "An account with this address exists, and " + providerName + " has not verified the address, so "
                            + "they cannot be linked. Sign in with your password instead.");
        }
        identities.save(new ExternalIdentity(providerName, profile.subject(), user.id(), email, now));
        return user;
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
}
