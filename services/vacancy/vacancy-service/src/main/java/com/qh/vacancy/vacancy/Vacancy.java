package com.qh.vacancy.vacancy;

import com.qh.vacancy.normalising.Employment;
import com.qh.vacancy.normalising.SalaryPeriod;
import com.qh.vacancy.normalising.Schedule;
import com.qh.vacancy.normalising.WorkFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A saved vacancy's row. {@link Vacancies} fills it from a normalised draft; requirements are stored as JSON. */
@Entity
@Table(name = "vacancy")
class Vacancy {

    @Id
    UUID id;
    UUID ownerId;
    @Version
    long version;
    String source;
    String sourceKey;
    String sourceUrl;
    String title;
    String company;
    BigDecimal salaryFrom;
    BigDecimal salaryTo;
    String salaryCurrency;
    Boolean salaryGross;
    @Enumerated(EnumType.STRING)
    SalaryPeriod salaryPeriod;
    BigDecimal salaryMonthlyFrom;
    BigDecimal salaryMonthlyTo;
    String country;
    String city;
    String areaId;
    @Enumerated(EnumType.STRING)
    Employment employment;
    @Enumerated(EnumType.STRING)
    Schedule schedule;
    @Enumerated(EnumType.STRING)
    WorkFormat workFormat;
    Integer experienceMin;
    Integer experienceMax;
    String descriptionHtml;
    String descriptionText;
    String descriptionMarkdown;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String keySkills;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String requirements;
    Instant publishedAt;
    @Enumerated(EnumType.STRING)
    Status status;
    Instant statusChangedAt;
    Instant createdAt;
    Instant updatedAt;

    protected Vacancy() {
    }

    Vacancy(UUID ownerId, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.status = Status.SAVED;
        this.statusChangedAt = now;
        this.createdAt = now;
    }

    /** Moves the application to {@code status}; {@code true} when that is a change. */
    boolean moveTo(Status next, Instant now) {
        if (next == null || next == status) {
            return false;
        }
        status = next;
        statusChangedAt = now;
        updatedAt = now;
        return true;
    }
}
