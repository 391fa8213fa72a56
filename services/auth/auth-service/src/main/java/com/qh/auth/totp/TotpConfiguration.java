package com.qh.auth.totp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TotpConfiguration {

    /** The issuer is the name authenticator apps show next to the code. */
    @Bean
    TotpCodes totpCodes(@Value("${qh.auth.totp.issuer:QH}") String issuer) {
        return new TotpCodes(issuer);
    }
}
