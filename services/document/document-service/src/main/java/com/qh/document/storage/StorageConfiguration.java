package com.qh.document.storage;

import com.qh.document.DocumentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link BlobStore} of the service, chosen by {@code qh.document.storage}. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    BlobStore blobStore(DocumentProperties properties) {
        if (properties.encryption().enabled()) {
            // Better to refuse to start than to store in the clear while the operator believes otherwise.
            throw new IllegalStateException("qh.document.encryption.enabled=true is not supported yet; use the "
                    + "store's own encryption (S3 SSE, an encrypted volume) and see the service's README");
        }
        return switch (properties.storage()) {
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
    }
}
