package com.qh.vacancy.vacancy;

import com.qh.platform.web.ConflictException;
import com.qh.skills.requirements.RequiredSkill;
import com.qh.skills.requirements.Requirements;
import com.qh.vacancy.api.VacancySaved;
import com.qh.vacancy.normalising.Description;
import com.qh.vacancy.normalising.Employment;
import com.qh.vacancy.normalising.Location;
import com.qh.vacancy.normalising.Salary;
import com.qh.vacancy.normalising.Schedule;
import com.qh.vacancy.normalising.VacancyDraft;
import com.qh.vacancy.normalising.WorkFormat;
import com.qh.vacancy.normalising.YearsRange;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A vacancy a user saved, and where their application for it stands. It takes its content from a normalised draft
 * ({@link #takeContentFrom}), moves through the tracker's statuses only along {@link Status#canMoveTo}, and
 * registers {@code vacancy.saved.v1} itself; the repository's {@code save} hands the event to the outbox in the
 * same transaction.
 */
@Entity
@Table(name = "vacancy")
class Vacancy extends AbstractAggregateRoot<Vacancy> {

    @Id
    private UUID id;
    private UUID ownerId;
    @Version
    private long version;
    private String source;
    private String sourceKey;
    private String sourceUrl;
    private String title;
    private String company;
    @Embedded
    @AttributeOverride(name = "from", column = @Column(name = "salary_from"))
    @AttributeOverride(name = "to", column = @Column(name = "salary_to"))
    @AttributeOverride(name = "currency", column = @Column(name = "salary_currency"))
    @AttributeOverride(name = "gross", column = @Column(name = "salary_gross"))
    @AttributeOverride(name = "period", column = @Column(name = "salary_period"))
    private Salary salary;
    /** The salary per month, kept beside it so lists can sort and filter on one scale. */
    private BigDecimal salaryMonthlyFrom;
    private BigDecimal salaryMonthlyTo;
    @Embedded
    private Location location;
    @Enumerated(EnumType.STRING)
    private Employment employment;
    @Enumerated(EnumType.STRING)
    private Schedule schedule;
    @Enumerated(EnumType.STRING)
    private WorkFormat workFormat;
    @Embedded
    @AttributeOverride(name = "min", column = @Column(name = "experience_min"))
    @AttributeOverride(name = "max", column = @Column(name = "experience_max"))
    private YearsRange experience;
    @Embedded
    @AttributeOverride(name = "html", column = @Column(name = "description_html"))
    @AttributeOverride(name = "text", column = @Column(name = "description_text"))
    @AttributeOverride(name = "markdown", column = @Column(name = "description_markdown"))
    private Description description;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> keySkills;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Requirements requirements;
    private Instant publishedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant statusChangedAt;
    private Instant createdAt;
    private Instant updatedAt;

    protected Vacancy() {
    }

    Vacancy(UUID ownerId, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.status = Status.SAVED;
        this.statusChangedAt = now;
        this.createdAt = now;
    }

    /**
     * Takes title, company, salary, conditions and description from {@code draft}, with the requirements read from
     * its description; experience asked for is the draft's own, else what the requirements say.
     */
    void takeContentFrom(VacancyDraft draft, Requirements read, Instant now) {
        Description text = draft.description() == null ? Description.EMPTY : draft.description();
        source = draft.source();
        sourceKey = draft.sourceKey();
        sourceUrl = webAddressOrNull(draft.sourceUrl());
        title = clip(draft.title() == null || draft.title().isBlank() ? "Untitled vacancy" : draft.title(), 300);
        company = clip(draft.company(), 300);
        salary = draft.salary();
        salaryMonthlyFrom = salary == null ? null : salary.monthlyFrom();
        salaryMonthlyTo = salary == null ? null : salary.monthlyTo();
        Location where = draft.location() == null ? Location.UNKNOWN : draft.location();
        location = new Location(clip(where.country(), 100), clip(where.city(), 200), where.areaId());
        employment = draft.employment();
        schedule = draft.schedule();
        workFormat = draft.workFormat();
        experience = draft.experience() != null ? draft.experience()
                : read.experience() == null ? null
                : new YearsRange(read.experience().minYears(), read.experience().maxYears());
        description = text;
        keySkills = draft.keySkills() == null ? List.of() : List.copyOf(draft.keySkills());
        requirements = read;
        publishedAt = draft.publishedAt();
        updatedAt = now;
    }

    /**
     * Moves the application to {@code next}; {@code true} when that is a change, {@code false} when it is already
     * there or no status is named.
     *
     * @throws ConflictException when the tracker does not allow that move from the current status
     */
    boolean moveTo(Status next, Instant now) {
        if (next == null || next == status) {
            return false;
        }
        if (!status.canMoveTo(next)) {
            throw new ConflictException("invalid-status-change", "An application at " + status
                    + " cannot move to " + next + "; it can move to " + status.nextStatuses().stream()
                            .map(Status::name).collect(Collectors.joining(", ")) + ".");
        }
        status = next;
        statusChangedAt = now;
        updatedAt = now;
        return true;
    }

    /** A note was added to the application: the vacancy counts as changed. */
    void noted(Instant now) {
        updatedAt = now;
    }

    /** Registers {@code vacancy.saved.v1} for this state, sent when the vacancy is saved. */
    Vacancy announceSaved(boolean created, Instant now) {
        List<String> skills = requirements.skills().stream().map(RequiredSkill::name).toList();
        registerEvent(new VacancySaved(UUID.randomUUID(), now, id, ownerId, source, title, skills, created));
        return this;
    }

    UUID id() {
        return id;
    }

    UUID ownerId() {
        return ownerId;
    }

    String source() {
        return source;
    }

    String sourceKey() {
        return sourceKey;
    }

    String sourceUrl() {
        return sourceUrl;
    }

    String title() {
        return title;
    }

    String company() {
        return company;
    }

    /** The salary as offered, or {@code null}. */
    Salary salary() {
        return salary;
    }

    Location location() {
        return Objects.requireNonNullElse(location, Location.UNKNOWN);
    }

    Employment employment() {
        return employment;
    }

    Schedule schedule() {
        return schedule;
    }

    WorkFormat workFormat() {
        return workFormat;
    }

    /** Years of experience asked for, or {@code null}. */
    YearsRange experience() {
        return experience;
    }

    Description description() {
        return Objects.requireNonNullElse(description, Description.EMPTY);
    }

    List<String> keySkills() {
        return keySkills;
    }

    Requirements requirements() {
        return requirements;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Status status() {
        return status;
    }

    Instant statusChangedAt() {
        return statusChangedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    private static String clip(String text, int max) {
        return text == null ? null : text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * The vacancy's link only when it is an http(s) address: it comes from pages and pastes nobody checked, and a
     * {@code javascript:} or {@code data:} link shown to the user would run in their browser.
     */
    static String webAddressOrNull(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        try {
            java.net.URI uri = new java.net.URI(trimmed);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && trimmed.length() <= 2048 ? trimmed : null;
        }
        catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
