package com.qh.auth.admin;

import com.qh.auth.account.EmailAddresses;
import com.qh.auth.account.Role;
import com.qh.auth.account.UserAccount;
import com.qh.auth.account.UserAccountRepository;
import com.qh.auth.audit.AuditEventType;
import com.qh.auth.audit.AuditLog;
import com.qh.auth.api.UserRegistered;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the configured first admin, or promotes the account that already has the address. Later changes to the
 * configured password do not touch an existing account: after the first start, the password is the admin's own.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final BootstrapAdminProperties properties;
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BootstrapAdmin(BootstrapAdminProperties properties, UserAccountRepository users, PasswordEncoder encoder,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.properties = properties;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.configured()) {
            return;
        }
        String email = EmailAddresses.normalise(properties.email());
        Instant now = clock.instant();
        UserAccount admin = users.findByEmail(email).orElse(null);
        if (admin == null) {
            admin = UserAccount.withPassword(email, encoder.encode(properties.password()), properties.displayName(),
                    "en", now);
            admin.verifyEmail(now);
            admin.changeRole(Role.ADMIN, now);
            users.save(admin);
            audit.record(AuditEventType.USER_REGISTERED, admin.id(), email, "bootstrap admin");
            events.publishEvent(new UserRegistered(UUID.randomUUID(), now, admin.id(), email, admin.displayName(),
                    admin.locale(), true));
            log.info("Created the bootstrap admin {}", email);
        }
        else if (admin.role() != Role.ADMIN) {
            admin.changeRole(Role.ADMIN, now);
            audit.record(AuditEventType.ROLE_CHANGED, admin.id(), email, "bootstrap admin promoted");
            log.info("Promoted {} to admin from configuration", email);
        }
    }
}
