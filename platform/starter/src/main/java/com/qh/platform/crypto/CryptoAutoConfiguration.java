package com.qh.platform.crypto;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * The service's {@link FieldEncryptor}. Lazy: a service that encrypts nothing (the gateway) needs no key at all,
 * and one that does fails at start-up with a message naming the missing setting.
 */
@AutoConfiguration
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoAutoConfiguration {

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    FieldEncryptor fieldEncryptor(CryptoProperties properties, Environment environment) {
        return new FieldEncryptor(keyRing(properties, environment));
    }

    static KeyRing keyRing(CryptoProperties properties, Environment environment) {
        if (!properties.keys().isEmpty()) {
            return KeyRing.fromConfiguration(properties.activeKey(), properties.keys());
        }
        Path file = properties.keyFile();
        if (file == null) {
            String dataDirectory = environment.getProperty("qh.data-dir");
            if (dataDirectory == null || dataDirectory.isBlank()) {
                throw new IllegalStateException("No field-encryption key: set qh.crypto.keys.<id> (Base64 of 32 "
                        + "random bytes) and qh.crypto.active-key, or qh.data-dir for a key file made on first start");
            }
            String application = environment.getProperty("spring.application.name", "application");
            file = Path.of(dataDirectory, "keys", application + ".keys");
        }
        return KeyRing.fromFile(file);
    }
}
