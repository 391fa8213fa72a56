/**
 * Encryption of personal data at rest: AES-256-GCM per field, with key ids in every stored value so keys can be
 * rotated without rewriting anything first. A service marks a column with
 * {@code @Convert(converter = EncryptedStringConverter.class)} or calls {@link com.qh.platform.crypto.FieldEncryptor}.
 */
package com.qh.platform.crypto;
