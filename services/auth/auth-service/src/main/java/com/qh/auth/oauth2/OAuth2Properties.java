package com.qh.auth.oauth2;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in providers. A provider without a client id is off.
 *
 * @param publicBaseUrl the address users reach QH at (the gateway); the callback URL is built on it
 * @param authorizationTtl how long a started sign-in may take at the provider
 * @param twoFactorTtl how long a provider sign-in of an account with two-factor waits for the TOTP code
 * @param secureCookie whether the cookie that binds a sign-in to its browser is {@code Secure} and named
 *        {@code __Host-qh_oauth}; unset (the default) decides by the address: yes for an https public URL or request
 *        and for http on localhost/loopback (browsers treat those as secure), no for plain http elsewhere, where a
 *        browser would drop a Secure cookie and sign-in could never finish
 * @param providers by name ({@code google}, {@code github}); endpoints default to the real ones
 */
@ConfigurationProperties("qh.auth.oauth2")
public record OAuth2Properties(
        @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @DefaultValue("10m") Duration authorizationTtl,
        @DefaultValue("5m") Duration twoFactorTtl,
        Boolean secureCookie,
        @DefaultValue Map<String, Provider> providers) {

    /**
     * One OAuth2 provider.
     *
     * @param userInfoUri OIDC userinfo (Google) or GitHub's {@code /user}
     * @param emailsUri GitHub's {@code /user/emails}, which says which addresses are verified; empty for OIDC
     * @param redirectUri overrides the callback URL built from {@code publicBaseUrl}
     */
    public record Provider(String clientId, String clientSecret, URI authorizationUri, URI tokenUri,
            URI userInfoUri, URI emailsUri, @DefaultValue List<String> scopes, URI redirectUri) {

        boolean enabled() {
            return clientId != null && !clientId.isBlank() && authorizationUri != null && tokenUri != null
                    && userInfoUri != null;
        }
    }
}
