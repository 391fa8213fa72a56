package com.qh.profile.profile;

import com.qh.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A profile's row: the personal section (encrypted JSON) apart from the rest (jsonb). */
@Entity
@Table(name = "profile")
class StoredProfile {

    @Id
    private UUID userId;

    @Column(nullable = false)
    private long version;

    @Column(nullable = false)
    private String primaryLanguage;

    @Column(nullable = false)
    @Convert(converter = EncryptedStringConverter.class)
    private String personal;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private String content;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected StoredProfile() {
    }

    StoredProfile(UUID userId, Instant now) {
        this.userId = userId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void store(String language, String personalJson, String contentJson, Instant now) {
        this.primaryLanguage = language;
        this.personal = personalJson;
        this.content = contentJson;
        this.version++;
        this.updatedAt = now;
    }

    UUID userId() {
        return userId;
    }

    long version() {
        return version;
    }

    String personal() {
        return personal;
    }

    String content() {
        return content;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
