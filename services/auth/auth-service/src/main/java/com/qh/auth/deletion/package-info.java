/**
 * An owner deleting their own account, after proving it is them once more (the password, the two-factor code, or
 * for an account with neither its e-mail address typed out). The deletion itself is the admin's
 * ({@link com.qh.auth.account.Accounts#delete}): {@code user.deleted.v1} through the outbox, every session ended.
 */
package com.qh.auth.deletion;
