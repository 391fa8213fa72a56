package com.qh.auth.admin;

import com.qh.auth.account.AccountView;
import com.qh.auth.account.Accounts;
import com.qh.auth.account.Role;
import com.qh.auth.account.UserAccount;
import com.qh.auth.account.UserAccountRepository;
import com.qh.auth.audit.AuditEventType;
import com.qh.auth.audit.AuditLog;
import com.qh.auth.token.Sessions;
import com.qh.platform.web.ConflictException;
import com.qh.platform.web.NotFoundException;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to accounts. An admin cannot disable, demote or delete themselves: that is how the last admin
 * would lock everyone out of administration.
 */
@Service
class AdminUsers {

    private final UserAccountRepository users;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Accounts accounts;
    private final Clock clock;

    AdminUsers(UserAccountRepository users, Sessions sessions, AuditLog audit, Accounts accounts, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<AccountView> search(String query, Pageable page) {
        if (query == null || query.isBlank()) {
            return users.findAll(page).map(AccountView::of);
        }
        String pattern = "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return users.search(pattern, page).map(AccountView::of);
    }

    @Transactional(readOnly = true)
    AccountView view(UUID id) {
        return AccountView.of(user(id));
    }

    @Transactional
    AccountView disable(UUID adminId, UUID id) {
        refuseOnSelf(adminId, id, "disable");
        UserAccount user = user(id);
        user.disable(clock.instant());
        int ended = sessions.endAll(id);
        audit.recordBy(AuditEventType.USER_DISABLED, id, adminId, user.email(), ended + " sessions ended");
        return AccountView.of(user);
    }

    @Transactional
    AccountView enable(UUID adminId, UUID id) {
        UserAccount user = user(id);
        user.enable(clock.instant());
        audit.recordBy(AuditEventType.USER_ENABLED, id, adminId, user.email(), null);
        return AccountView.of(user);
    }

    @Transactional
    AccountView changeRole(UUID adminId, UUID id, Role role) {
        refuseOnSelf(adminId, id, "change the role of");
        UserAccount user = user(id);
        Role before = user.role();
        user.changeRole(role, clock.instant());
        // Tokens carry the role: end sessions so the old role does not outlive the change by up to 15 minutes.
        sessions.endAll(id);
        audit.recordBy(AuditEventType.ROLE_CHANGED, id, adminId, user.email(), before + " -> " + role);
        return AccountView.of(user);
    }

    /** Through {@link Accounts#delete}, the path an owner deleting their own account takes too. */
    @Transactional
    void delete(UUID adminId, UUID id) {
        refuseOnSelf(adminId, id, "delete");
        accounts.delete(id, adminId);
    }

    private UserAccount user(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("There is no user " + id + "."));
    }

    private static void refuseOnSelf(UUID adminId, UUID id, String action) {
        if (adminId.equals(id)) {
            throw new ConflictException("self-administration",
                    "Admins cannot " + action + " their own account; ask another admin.");
        }
    }
}
