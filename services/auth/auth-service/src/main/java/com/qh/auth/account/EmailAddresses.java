package com.qh.auth.account;

import java.util.Locale;

/** The one way an e-mail address is compared and stored: trimmed and lower-case. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
