package com.qh.document;

import com.qh.test.QhServiceTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service on the local store, blobs in the clear, with limits small enough to reach in a test (5 MB files, six
 * documents or 3 MB per user). Every test class of this kind names this one annotation instead of its own
 * properties, so that they all run in one cached Spring context: one embedded database, one broker connection, one
 * start-up. A test that needs other settings belongs with {@link EncryptedStoreContext} or the S3 tests; a new
 * difference should be a new shared context, not a property on one class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@QhServiceTest(properties = { "qh.document.max-size=5MB", "qh.document.quota.max-documents=6",
        "qh.document.quota.max-bytes=3MB" })
@interface PlainStoreContext {
}
