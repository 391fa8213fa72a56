package com.qh.auth.login;

import com.qh.auth.account.LockoutPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sign-in's settings make the lockout policy that sign-in and {@code account.CredentialLockout} share. */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    @Bean
    LockoutPolicy lockoutPolicy(LoginProperties properties) {
        return new LockoutPolicy(properties.maxFailures(), properties.lockoutDuration());
    }
}
