package com.qh.auth.oauth2;

import java.util.List;
import java.util.Map;

/**
 * Who the provider says signed in. {@code emailVerified} is the provider's own statement; only then may the
 * identity be linked to an existing account with that address.
 */
record ExternalProfile(String subject, String email, boolean emailVerified, String name) {

    /** From an OpenID Connect userinfo answer (Google, and mock-oauth2-server in tests). */
    static ExternalProfile fromOidc(Map<String, Object> userInfo) {
        Object verified = userInfo.get("email_verified");
        return new ExternalProfile(string(userInfo.get("sub")), string(userInfo.get("email")),
                Boolean.TRUE.equals(verified) || "true".equals(verified), displayName(userInfo, "name", "email"));
    }

    /**
     * From GitHub's {@code /user} and {@code /user/emails}. The public profile address says nothing about
     * verification, so the address used is the primary verified one from the e-mail list, else any verified one.
     */
    static ExternalProfile fromGitHub(Map<String, Object> user, List<Map<String, Object>> emails) {
        Map<String, Object> chosen = emails.stream()
                .filter(e -> Boolean.TRUE.equals(e.get("verified")) && Boolean.TRUE.equals(e.get("primary")))
                .findFirst()
                .or(() -> emails.stream().filter(e -> Boolean.TRUE.equals(e.get("verified"))).findFirst())
                .orElse(null);
        String email = chosen != null ? string(chosen.get("email")) : string(user.get("email"));
        return new ExternalProfile(string(user.get("id")), email, chosen != null,
                displayName(user, "name", "login"));
    }

    private static String displayName(Map<String, Object> source, String preferred, String fallback) {
        String name = string(source.get(preferred));
        if (name == null || name.isBlank()) {
            name = string(source.get(fallback));
        }
        if (name == null || name.isBlank()) {
            return "QH user";
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
