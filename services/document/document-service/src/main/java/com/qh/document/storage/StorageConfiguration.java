package com.qh.document.storage;

import com.qh.document.DocumentProperties;
import com.qh.platform.crypto.FieldEncryptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link BlobStore} of the service: the store chosen by {@code qh.document.storage}, always behind
 * {@link EncryptingBlobStore} so that encrypted blobs stay readable whether {@code qh.document.encryption.enabled}
 * is on or off.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    BlobStore blobStore(DocumentProperties properties, ObjectProvider<FieldEncryptor> encryptor) {
        BlobStore store = switch (properties.storage()) {
            case LOCAL -> {
                log.info("Documents are stored under {}", properties.local().directory().toAbsolutePath());
                yield new LocalBlobStore(properties.local().directory());
            }
            case S3 -> {
                log.info("Documents are stored in bucket {} at {}", properties.s3().bucket(),
                        properties.s3().endpoint() == null ? "AWS" : properties.s3().endpoint());
                yield new S3BlobStore(properties.s3());
            }
        };
        boolean encrypt = properties.encryption().enabled();
        if (encrypt) {
            // Better to refuse to start than to find out at the first upload that there is no key.
            try {
                encryptor.getObject();
            }
            catch (RuntimeException e) {
                throw new IllegalStateException("qh.document.encryption.enabled=true needs the service's "
                        + "field-encryption key (qh.crypto.active-key and qh.crypto.keys.<id>, or a key file "
                        + "under qh.data-dir): " + e.getMessage(), e);
            }
            log.info("New documents are encrypted at rest (AES-256-GCM in {} KiB segments, a key per blob)",
                    EncryptedFormat.SEGMENT_SIZE / 1024);
        }
        return new EncryptingBlobStore(store, encryptor::getObject, encrypt, properties.tempDirectory());
    }
}
