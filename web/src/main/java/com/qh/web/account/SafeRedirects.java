package com.qh.web.account;

/**
 * Where to go after sign-in: only a path on this site. {@code next} comes from the address bar, so
 * {@code //evil.example} or {@code https://evil.example} must not send a freshly signed-in person elsewhere.
 */
final class SafeRedirects {

    private SafeRedirects() {
    }

    static String local(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith("/\\") || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return "/";
        }
        return next;
    }
}
