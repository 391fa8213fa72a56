package com.qh.web.account;

import java.io.Serializable;

/**
 * A two-factor set-up begun and not yet confirmed, kept in the server-side session so that a mistyped code can be
 * tried again against the same secret (asking auth again would make a new one and void the app's entry).
 *
 * @param secret the base32 secret, for typing in by hand
 * @param otpauthUri what the QR code holds
 */
record TotpEnrolment(String secret, String otpauthUri) implements Serializable {

    static final String SESSION_KEY = "qh.totp-enrolment";
}
