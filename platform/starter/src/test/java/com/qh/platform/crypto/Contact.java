package com.qh.platform.crypto;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A sample entity with one encrypted column, as a service would declare it. */
@Entity
class Contact {

    @Id
    private UUID id;

    @Convert(converter = EncryptedStringConverter.class)
    private String phone;

    protected Contact() {
    }

    Contact(UUID id, String phone) {
        this.id = id;
        this.phone = phone;
    }

    String phone() {
        return phone;
    }
}
