package com.qh.auth.account;

import java.util.List;

/** What an account may do. ADMIN includes everything USER may do. */
public enum Role {
    USER,
    ADMIN;

    /** The {@code roles} claim of an access token for an account with this role. */
    public List<String> claim() {
        return this == ADMIN ? List.of("USER", "ADMIN") : List.of("USER");
    }
}
