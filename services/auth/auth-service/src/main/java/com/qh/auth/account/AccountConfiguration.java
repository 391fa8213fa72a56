package com.qh.auth.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /**
     * Argon2id with Spring Security's current defaults (16 MiB, 2 iterations): slow enough to hurt an attacker with
     * a stolen table, fast enough (tens of ms) to keep sign-in responsive on a small machine.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    PasswordPolicy passwordPolicy(AccountProperties properties) {
        return new PasswordPolicy(properties.passwordMinLength(), CommonPasswords.shipped());
    }
}
