package com.qh.auth.admin;

import com.qh.auth.account.EmailAddresses;
import com.qh.auth.account.Role;
import com.qh.auth.account.UserAccount;
import com.qh.auth.account.UserAccountRepository;
import com.qh.auth.api.UserRegistered;
import com.qh.auth.audit.AuditEventType;
import com.qh.auth.audit.AuditLog;
import com.qh.auth.oauth2.ExternalIdentities;
import com.qh.auth.token.Sessions;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the configured first admin at start-up, or makes the account that already has the address the
 * operator's. That account may not be the operator's at all: anyone can register the address before the first
 * start (sign-up needs no proof of the mailbox) with a password, a two-factor device and a Google link of their
 * own. So an existing account is promoted only after it is taken over: the configured password replaces its
 * password, every session ends, the address counts as verified (the operator vouches for it), two-factor and linked
 * provider identities set up before are removed, and it is enabled. Each step is audited.
 *
 * <p>An account that is already an admin with a verified address is left alone: after the first start the
 * password is the admin's own, and later changes to the configured password do not touch it.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final BootstrapAdminProperties properties;
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Sessions sessions;
    private final ExternalIdentities identities;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BootstrapAdmin(BootstrapAdminProperties properties, UserAccountRepository users, PasswordEncoder encoder,
            Sessions sessions, ExternalIdentities identities, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.properties = properties;
        this.users = users;
        this.encoder = encoder;
        this.sessions = sessions;
        this.identities = identities;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ensureAdmin(properties);
    }

    /** Makes {@code settings} hold: the address belongs to an admin whose credentials the operator set. */
    @Transactional
    void ensureAdmin(BootstrapAdminProperties settings) {
        if (!settings.configured()) {
            return;
        }
        String email = EmailAddresses.normalise(settings.email());
        Instant now = clock.instant();
        UserAccount admin = users.findByEmail(email).orElse(null);
        if (admin == null) {
            create(settings, email, now);
        }
        else if (admin.role() != Role.ADMIN || !admin.emailVerified()) {
            takeOver(admin, settings, now);
        }
    }

    private void create(BootstrapAdminProperties settings, String email, Instant now) {
        UserAccount admin = UserAccount.withPassword(email, encoder.encode(settings.password()),
                settings.displayName(), "en", now);
        admin.verifyEmail(now);
        admin.changeRole(Role.ADMIN, now);
        users.save(admin);
        audit.record(AuditEventType.USER_REGISTERED, admin.id(), email, "bootstrap admin");
        events.publishEvent(new UserRegistered(UUID.randomUUID(), now, admin.id(), email, admin.displayName(),
                admin.locale(), true));
        log.info("Created the bootstrap admin {}", email);
    }

    private void takeOver(UserAccount admin, BootstrapAdminProperties settings, Instant now) {
        String email = admin.email();
        admin.changePassword(encoder.encode(settings.password()), now);
        int ended = sessions.endAll(admin.id());
        int unlinked = identities.unlinkAll(admin.id());
        boolean hadTwoFactor = admin.totpSecret() != null;
        if (hadTwoFactor) {
            admin.disableTotp(now);
        }
        audit.record(AuditEventType.PASSWORD_RESET, admin.id(), email, "bootstrap admin: configured password set, "
                + ended + " session(s) ended, " + unlinked + " linked identity(ies) removed"
                + (hadTwoFactor ? ", two-factor removed" : ""));
        if (hadTwoFactor) {
            audit.record(AuditEventType.TOTP_DISABLED, admin.id(), email, "bootstrap admin takeover");
        }
        if (!admin.emailVerified()) {
            admin.verifyEmail(now);
            audit.record(AuditEventType.EMAIL_VERIFIED, admin.id(), email, "bootstrap admin: vouched by configuration");
        }
        if (!admin.enabled()) {
            admin.enable(now);
            audit.record(AuditEventType.USER_ENABLED, admin.id(), email, "bootstrap admin");
        }
        if (admin.role() != Role.ADMIN) {
            admin.changeRole(Role.ADMIN, now);
            audit.record(AuditEventType.ROLE_CHANGED, admin.id(), email, "bootstrap admin promoted");
        }
        log.warn("Took over the existing account {} as bootstrap admin: its password is now the configured one, its "
                + "sessions ({}), linked identities ({}) and two-factor are gone", email, ended, unlinked);
    }
}
