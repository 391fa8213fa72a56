package com.qh.notification.push;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web Push ({@code qh.notification.push.*}).
 *
 * @param vapidPrivateKey the VAPID private key, PKCS#8 in base64 (a secret:
 *        {@code QH_NOTIFICATION_PUSH_VAPID_PRIVATE_KEY}); every instance needs the same pair
 * @param vapidPublicKey its public key, X.509 in base64
 * @param keyFile where a generated pair is kept when none is configured (the default run);
 *        {@code ${qh.data-dir}/keys/notification-vapid.keys} in application.yaml
 * @param subject the VAPID subject push services may contact: a {@code mailto:} or {@code https:} URL
 * @param ttl how long a push service keeps a message for an offline browser
 * @param allowInsecureEndpoints accept plain-http endpoints on any port; tests only (the address check still holds)
 * @param allowedHosts endpoint hosts whose addresses are not vetted: empty by default; tests name the loopback
 *        fixture {@code 127.0.0.1} here
 */
@ConfigurationProperties("qh.notification.push")
record PushProperties(String vapidPrivateKey, String vapidPublicKey,
        Path keyFile,
        @DefaultValue("mailto:no-reply@qh.local") String subject, @DefaultValue("1d") Duration ttl,
        @DefaultValue("false") boolean allowInsecureEndpoints, @DefaultValue List<String> allowedHosts) {
}
