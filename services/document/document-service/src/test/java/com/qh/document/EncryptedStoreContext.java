package com.qh.document;

import com.qh.test.QhServiceTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service on the local store with encryption at rest on and its own spool directory (so that a test can see
 * that nothing is left in it), at the default limit of 100 MB: the one context the encrypted-storage and
 * aborted-transfer tests share, as {@link PlainStoreContext} is for the rest.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@QhServiceTest(properties = { "qh.document.encryption.enabled=true",
        "qh.document.temp-directory=${qh.data-dir}/spool" })
@interface EncryptedStoreContext {
}
