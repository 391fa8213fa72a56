package com.qh.vacancy.vacancy;

import com.qh.platform.web.NotFoundException;
import com.qh.skills.requirements.RequiredSkill;
import com.qh.skills.requirements.Requirements;
import com.qh.vacancy.api.VacancySaved;
import com.qh.vacancy.extraction.Extraction;
import com.qh.vacancy.normalising.Description;
import com.qh.vacancy.normalising.Location;
import com.qh.vacancy.normalising.Salary;
import com.qh.vacancy.normalising.VacancyDraft;
import com.qh.vacancy.normalising.YearsRange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's saved vacancies. Saving reads the requirements from the description and announces
 * {@code vacancy.saved.v1} in the same transaction; a draft from a source the user already imported (the same
 * hh.ru id or canonical URL) updates that vacancy instead of adding another, keeping its tracker.
 */
@Service
public class Vacancies {

    /** The outcome of a save: the vacancy, and whether it is new. */
    record Saved(VacancyView vacancy, boolean created) {
    }

    private final StoredVacancies stored;
    private final TrackerEntries tracker;
    private final Extraction extraction;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Vacancies(StoredVacancies stored, TrackerEntries tracker, Extraction extraction, ApplicationEventPublisher events,
            JsonMapper json, Optional<Clock> clock) {
        this.stored = stored;
        this.tracker = tracker;
        this.extraction = extraction;
        this.events = events;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    Saved save(UUID owner, VacancyDraft draft) {
        Instant now = clock.instant();
        Optional<Vacancy> existing = draft.sourceKey() == null ? Optional.empty()
                : stored.findByOwnerIdAndSourceKey(owner, draft.sourceKey());
        Vacancy vacancy = existing.orElseGet(() -> new Vacancy(owner, now));
        fill(vacancy, draft, now);
        stored.save(vacancy);
        announce(vacancy, existing.isEmpty(), now);
        return new Saved(view(vacancy), existing.isEmpty());
    }

    @Transactional
    VacancyView replace(UUID owner, UUID id, VacancyDraft draft) {
        Instant now = clock.instant();
        Vacancy vacancy = owned(owner, id);
        VacancyDraft keepingSource = new VacancyDraft(vacancy.source, vacancy.sourceKey, draft.sourceUrl(),
                draft.title(), draft.company(), draft.salary(), draft.location(), draft.employment(), draft.schedule(),
                draft.workFormat(), draft.experience(), draft.description(), draft.keySkills(), vacancy.publishedAt);
        fill(vacancy, keepingSource, now);
        announce(vacancy, false, now);
        return view(vacancy);
    }

    @Transactional(readOnly = true)
    VacancyView read(UUID owner, UUID id) {
        return view(owned(owner, id));
    }

    @Transactional(readOnly = true)
    VacancyPage<VacancySummary> list(UUID owner, Status status, String text, int page, int size) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var found = stored.search(owner, status, like,
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt")));
        return new VacancyPage<>(found.map(this::summary).getContent(), page, size, found.getTotalElements());
    }

    @Transactional
    void delete(UUID owner, UUID id) {
        stored.delete(owned(owner, id));
    }

    /** Adds a step to the application's history, moving its status when the step names one. */
    @Transactional
    VacancyView track(UUID owner, UUID id, TrackerRequest step) {
        Instant now = clock.instant();
        Vacancy vacancy = owned(owner, id);
        vacancy.moveTo(step.status(), now);
        if (step.note() != null && !step.note().isBlank()) {
            vacancy.updatedAt = now;
        }
        LocalDate day = step.date() != null ? step.date() : LocalDate.ofInstant(now, ZoneOffset.UTC);
        tracker.save(new TrackerEntry(vacancy.id, step.status(),
                step.note() == null || step.note().isBlank() ? null : step.note().strip(), day, now));
        return view(vacancy);
    }

    /** Removes every vacancy of a deleted user; their tracker history goes with them. */
    @Transactional
    public int erase(UUID owner) {
        return stored.deleteByOwner(owner);
    }

    private Vacancy owned(UUID owner, UUID id) {
        return stored.findByIdAndOwnerId(id, owner)
                .orElseThrow(() -> new NotFoundException("There is no vacancy " + id + " among yours."));
    }

    private void fill(Vacancy vacancy, VacancyDraft draft, Instant now) {
        Description description = draft.description() == null ? Description.EMPTY : draft.description();
        Requirements requirements = extraction.read(description.text(), draft.keySkills());
        YearsRange experience = draft.experience() != null ? draft.experience()
                : requirements.experience() == null ? null
                : new YearsRange(requirements.experience().minYears(), requirements.experience().maxYears());
        Salary salary = draft.salary();
        Location location = draft.location();
        vacancy.source = draft.source();
        vacancy.sourceKey = draft.sourceKey();
        vacancy.sourceUrl = webAddressOrNull(draft.sourceUrl());
        vacancy.title = clip(draft.title() == null || draft.title().isBlank() ? "Untitled vacancy" : draft.title(), 300);
        vacancy.company = clip(draft.company(), 300);
        vacancy.salaryFrom = salary == null ? null : salary.from();
        vacancy.salaryTo = salary == null ? null : salary.to();
        vacancy.salaryCurrency = salary == null ? null : salary.currency();
        vacancy.salaryGross = salary == null ? null : salary.gross();
        vacancy.salaryPeriod = salary == null ? null : salary.period();
        vacancy.salaryMonthlyFrom = salary == null ? null : salary.monthlyFrom();
        vacancy.salaryMonthlyTo = salary == null ? null : salary.monthlyTo();
        vacancy.country = clip(location.country(), 100);
        vacancy.city = clip(location.city(), 200);
        vacancy.areaId = location.areaId();
        vacancy.employment = draft.employment();
        vacancy.schedule = draft.schedule();
        vacancy.workFormat = draft.workFormat();
        vacancy.experienceMin = experience == null ? null : experience.min();
        vacancy.experienceMax = experience == null ? null : experience.max();
        vacancy.descriptionHtml = description.html();
        vacancy.descriptionText = description.text();
        vacancy.descriptionMarkdown = description.markdown();
        vacancy.keySkills = json.writeValueAsString(draft.keySkills());
        vacancy.requirements = json.writeValueAsString(requirements);
        vacancy.publishedAt = draft.publishedAt();
        vacancy.updatedAt = now;
    }

    private void announce(Vacancy vacancy, boolean created, Instant now) {
        List<String> skills = requirements(vacancy).skills().stream().map(RequiredSkill::name).toList();
        events.publishEvent(new VacancySaved(UUID.randomUUID(), now, vacancy.id, vacancy.ownerId, vacancy.source,
                vacancy.title, skills, created));
    }

    private Requirements requirements(Vacancy vacancy) {
        return json.readValue(vacancy.requirements, Requirements.class);
    }

    private VacancyView view(Vacancy vacancy) {
        List<VacancyView.TrackerEntryView> history = tracker.findByVacancyIdOrderByCreatedAtAsc(vacancy.id).stream()
                .map(e -> new VacancyView.TrackerEntryView(e.id, e.status, e.note, e.happenedOn, e.createdAt)).toList();
        return new VacancyView(vacancy.id, vacancy.source, vacancy.sourceUrl, vacancy.title, vacancy.company,
                salary(vacancy), new VacancyView.LocationView(vacancy.country, vacancy.city, vacancy.areaId),
                vacancy.employment, vacancy.schedule, vacancy.workFormat,
                vacancy.experienceMin == null ? null
                        : new VacancyView.ExperienceView(vacancy.experienceMin, vacancy.experienceMax),
                new VacancyView.DescriptionView(vacancy.descriptionHtml, vacancy.descriptionText,
                        vacancy.descriptionMarkdown),
                json.readValue(vacancy.keySkills, new TypeReference<List<String>>() { }), requirements(vacancy),
                vacancy.status, vacancy.statusChangedAt, history, vacancy.publishedAt, vacancy.createdAt,
                vacancy.updatedAt);
    }

    private VacancySummary summary(Vacancy vacancy) {
        List<String> skills = requirements(vacancy).skills().stream().map(RequiredSkill::name).limit(12).toList();
        return new VacancySummary(vacancy.id, vacancy.title, vacancy.company, vacancy.city, salary(vacancy),
                vacancy.status, vacancy.statusChangedAt, skills, vacancy.updatedAt);
    }

    private static VacancyView.SalaryView salary(Vacancy vacancy) {
        return vacancy.salaryCurrency == null ? null : new VacancyView.SalaryView(vacancy.salaryFrom, vacancy.salaryTo,
                vacancy.salaryCurrency, vacancy.salaryGross, vacancy.salaryPeriod, vacancy.salaryMonthlyFrom,
                vacancy.salaryMonthlyTo);
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
