package com.qh.platform.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Encrypts a {@code String} attribute on its way to the database and decrypts it on the way back:
 * {@code @Convert(converter = EncryptedStringConverter.class)}. Hibernate gets it from Spring, which injects the
 * service's {@link FieldEncryptor}. The column must be {@code text}: ciphertext is longer than its plaintext.
 */
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    private final FieldEncryptor encryptor;

    public EncryptedStringConverter(FieldEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return encryptor.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return encryptor.decrypt(column);
    }
}
