package com.qh.auth.audit;

/** The kinds of security event the audit log records. Stored by name: never rename a constant. */
public enum AuditEventType {
    USER_REGISTERED,
    EMAIL_VERIFIED,
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGN_IN_THROTTLED,
    REFRESH_TOKEN_REUSED,
    SIGNED_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    TOTP_ENABLED,
    TOTP_DISABLED,
    OAUTH2_LINKED,
    ROLE_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    USER_DELETED,
    /** A wrong current password at a password change; counts toward the sign-in lockout. */
    PASSWORD_CHANGE_FAILED,
    /** A wrong code at two-factor disable; counts toward the sign-in lockout. */
    TOTP_DISABLE_FAILED,
    /** The owner ended every session of the account at once. */
    SIGNED_OUT_EVERYWHERE,
    /** A wrong password or code when the owner asked to delete the account; counts toward the sign-in lockout. */
    ACCOUNT_DELETION_FAILED,
    /** An admin set or cleared a user's daily allowance of AI tokens. */
    AI_BUDGET_CHANGED
}
