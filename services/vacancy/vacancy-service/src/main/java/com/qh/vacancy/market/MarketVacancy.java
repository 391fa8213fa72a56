package com.qh.vacancy.market;

import com.qh.vacancy.normalising.WorkFormat;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A vacancy seen on the market, reduced to what salary estimates and learning skills from the market need. */
@Entity
@Table(name = "market_vacancy")
class MarketVacancy {

    @Id
    UUID id;
    String source;
    String sourceId;
    String title;
    String company;
    String areaId;
    String city;
    BigDecimal salaryFrom;
    BigDecimal salaryTo;
    String salaryCurrency;
    Boolean salaryGross;
    BigDecimal salaryMonthlyFrom;
    BigDecimal salaryMonthlyTo;
    Integer experienceMin;
    Integer experienceMax;
    @Enumerated(EnumType.STRING)
    WorkFormat workFormat;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] skills;
    /** The key skills as the source listed them (hh.ru's {@code key_skills}), for mining. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] keySkills;
    /** The professions the source files it under (hh.ru's {@code professional_roles}), for mining. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] professions;
    /** The description's plain text, clipped, for mining. */
    String description;
    Instant publishedAt;
    Instant importedAt;

    protected MarketVacancy() {
    }

    MarketVacancy(String source, String sourceId) {
        this.id = UUID.randomUUID();
        this.source = source;
        this.sourceId = sourceId;
    }
}
