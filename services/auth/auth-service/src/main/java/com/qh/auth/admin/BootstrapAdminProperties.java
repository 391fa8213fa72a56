package com.qh.auth.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, made at start-up when set. When an account already has the address and is not yet a verified
 * admin, it is taken over (see {@link BootstrapAdmin}): the configured password replaces whatever its registrant
 * chose. Give the password through the environment ({@code QH_AUTH_BOOTSTRAP_ADMIN_PASSWORD}), never in a
 * committed file.
 */
@ConfigurationProperties("qh.auth.bootstrap-admin")
public record BootstrapAdminProperties(String email, String password, @DefaultValue("Administrator") String displayName) {

    boolean configured() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
