package com.qh.auth.deletion;

import com.qh.auth.account.Accounts;
import com.qh.auth.account.CredentialLockout;
import com.qh.auth.account.EmailAddresses;
import com.qh.auth.account.Role;
import com.qh.auth.account.UserAccount;
import com.qh.auth.account.UserAccountRepository;
import com.qh.auth.audit.AuditEventType;
import com.qh.auth.totp.TwoFactor;
import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.security.TokenDenylist;
import com.qh.platform.web.ConflictException;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnauthorizedException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting one's own account. A signed-in session alone is not enough (it may be a stolen one, or a shared
 * computer left signed in): the owner proves it again with what the account has, and wrong answers count toward
 * the same lockout as sign-in, so they cannot be guessed without limit.
 */
@Service
class SelfDeletion {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final TwoFactor twoFactor;
    private final CredentialLockout lockout;
    private final Accounts accounts;
    private final TokenDenylist denylist;

    SelfDeletion(UserAccountRepository users, PasswordEncoder encoder, TwoFactor twoFactor,
            CredentialLockout lockout, Accounts accounts, TokenDenylist denylist) {
        this.users = users;
        this.encoder = encoder;
        this.twoFactor = twoFactor;
        this.lockout = lockout;
        this.accounts = accounts;
        this.denylist = denylist;
    }

    /** The failure count commits although the request fails, as at sign-in. */
    @Transactional(noRollbackFor = QhException.class)
    void delete(AuthenticatedUser caller, AccountDeletionController.DeleteRequest proof) {
        UserAccount user = users.findById(caller.id())
                .orElseThrow(() -> new NotFoundException("The account is gone."));
        requireWhatTheAccountNeeds(user, proof);
        lockout.requireNotLocked(user, AuditEventType.ACCOUNT_DELETION_FAILED);
        if (user.hasPassword() && !encoder.matches(proof.password(), user.passwordHash())) {
            lockout.recordFailure(user, AuditEventType.ACCOUNT_DELETION_FAILED, "wrong password");
            throw new UnauthorizedException("wrong-password",
                    "The password is not correct; the account was not deleted.");
        }
        if (user.totpEnabled() && !twoFactor.accept(user, proof.totpCode())) {
            lockout.recordFailure(user, AuditEventType.ACCOUNT_DELETION_FAILED, "wrong two-factor code");
            throw new UnauthorizedException("invalid-totp-code", "The two-factor code is wrong or was already "
                    + "used; the account was not deleted. Enter the current code from your authenticator app.");
        }
        if (!user.hasPassword() && !user.totpEnabled()
                && !EmailAddresses.normalise(proof.confirm()).equals(user.email())) {
            throw new QhException(HttpStatus.BAD_REQUEST, "confirmation-mismatch", "Invalid request",
                    "Type the account's e-mail address exactly to confirm; the account was not deleted.")
                    .with("errors", List.of(new FieldViolation("confirm", "is not this account's e-mail address")));
        }
        if (user.role() == Role.ADMIN && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new ConflictException("last-admin", "This is the only admin account: make someone else an admin "
                    + "before deleting it, or nobody could administer QH.");
        }
        accounts.delete(user.id(), user.id());
        // Every session's latest access token is refused now; this request's too, whichever session it came from.
        denylist.revoke(caller.tokenId(), caller.tokenExpiresAt());
    }

    /** 400 naming every field the account needs and the request lacks, before anything is counted. */
    private static void requireWhatTheAccountNeeds(UserAccount user, AccountDeletionController.DeleteRequest proof) {
        List<FieldViolation> missing = new ArrayList<>();
        if (user.hasPassword() && isBlank(proof.password())) {
            missing.add(new FieldViolation("password", "is required"));
        }
        if (user.totpEnabled() && isBlank(proof.totpCode())) {
            missing.add(new FieldViolation("totpCode", "is required"));
        }
        if (!user.hasPassword() && !user.totpEnabled() && isBlank(proof.confirm())) {
            missing.add(new FieldViolation("confirm", "is required: type the account's e-mail address"));
        }
        if (!missing.isEmpty()) {
            throw new QhException(HttpStatus.BAD_REQUEST, "reauthentication-required", "Invalid request",
                    "To delete this account, enter " + describe(user) + ".").with("errors", missing);
        }
    }

    private static String describe(UserAccount user) {
        if (user.hasPassword() && user.totpEnabled()) {
            return "its password and the current two-factor code";
        }
        if (user.hasPassword()) {
            return "its password";
        }
        if (user.totpEnabled()) {
            return "the current two-factor code";
        }
        return "its e-mail address as confirmation";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
