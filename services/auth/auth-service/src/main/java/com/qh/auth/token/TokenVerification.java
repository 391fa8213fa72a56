package com.qh.auth.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.qh.platform.security.QhJwtValidators;
import com.qh.platform.security.SecurityProperties;
import com.qh.platform.security.TokenDenylist;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Auth verifies its own tokens against the keys in its database rather than fetching its own JWKS over HTTP (which
 * would make it depend on itself being up). The checks are the platform's, so auth accepts exactly what every
 * other service accepts.
 */
@Configuration(proxyBeanMethods = false)
class TokenVerification {

    @Bean
    JwtDecoder authJwtDecoder(SigningKeys keys, SecurityProperties security, TokenDenylist denylist) {
        JWKSource<SecurityContext> source = (selector, context) -> selector.select(
                keys.publishedIncluding(selector.getMatcher().getKeyIDs() == null
                        || selector.getMatcher().getKeyIDs().isEmpty() ? null
                        : selector.getMatcher().getKeyIDs().iterator().next()));
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // Only RS256: a token claiming 'none' or an HMAC algorithm finds no key and is refused.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, source));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // Spring's validators below check expiry, issuer and the denylist.
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        // Service tokens only when meant for auth (aud), as every service checks; only the AI allowance takes them.
        decoder.setJwtValidator(QhJwtValidators.standard(security.issuer(), ServiceClientProperties.AUTH, denylist));
        return decoder;
    }
}
