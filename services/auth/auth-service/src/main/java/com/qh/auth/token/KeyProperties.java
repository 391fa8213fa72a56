package com.qh.auth.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing keys.
 *
 * @param rotationPeriod how long one key signs new tokens before a fresh one takes over; the old public key stays
 *        in the JWKS until the last token it signed has expired
 * @param keySize RSA modulus length in bits
 */
@ConfigurationProperties("qh.auth.keys")
public record KeyProperties(
        @DefaultValue("7d") Duration rotationPeriod,
        @DefaultValue("2048") int keySize) {
}
