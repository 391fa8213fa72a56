package com.qh.platform.crypto;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Field-encryption keys ({@code qh.crypto.*}).
 *
 * <p>In production, {@code keys} holds every key still needed to read old values (id → Base64 of 32 random bytes,
 * from a secret) and {@code active-key} names the one new values are written with. To rotate, add a key, make it
 * active, and let the service re-encrypt what {@link FieldEncryptor#needsReencryption} reports; drop the old key
 * only after that. Without {@code keys}, a key file is kept at {@code key-file} (default
 * {@code ${qh.data-dir}/keys/<application>.keys}) and made on first start: the default run needs no setup.
 *
 * @param activeKey the id new values are encrypted with; required with {@code keys}
 * @param keys key id → Base64-encoded AES key (16, 24 or 32 bytes; 32 recommended)
 * @param keyFile where the generated key file lives when {@code keys} is empty
 */
@ConfigurationProperties("qh.crypto")
public record CryptoProperties(String activeKey, Map<String, String> keys, Path keyFile) {

    public CryptoProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
