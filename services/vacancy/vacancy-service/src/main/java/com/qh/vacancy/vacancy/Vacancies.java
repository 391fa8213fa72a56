package com.qh.vacancy.vacancy;

import com.qh.platform.web.NotFoundException;
import com.qh.skills.requirements.RequiredSkill;
import com.qh.skills.requirements.Requirements;
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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final Clock clock;

    Vacancies(StoredVacancies stored, TrackerEntries tracker, Extraction extraction, Clock clock) {
        this.stored = stored;
        this.tracker = tracker;
        this.extraction = extraction;
        this.clock = clock;
    }

    @Transactional
    Saved save(UUID owner, VacancyDraft draft) {
        Instant now = clock.instant();
        Optional<Vacancy> existing = draft.sourceKey() == null ? Optional.empty()
                : stored.findByOwnerIdAndSourceKey(owner, draft.sourceKey());
        Vacancy vacancy = existing.orElseGet(() -> new Vacancy(owner, now));
        vacancy.takeContentFrom(draft, requirementsOf(draft), now);
        stored.save(vacancy.announceSaved(existing.isEmpty(), now));
        return new Saved(view(vacancy), existing.isEmpty());
    }

    @Transactional
    VacancyView replace(UUID owner, UUID id, VacancyDraft draft) {
        Instant now = clock.instant();
        Vacancy vacancy = owned(owner, id);
        VacancyDraft keepingSource = new VacancyDraft(vacancy.source(), vacancy.sourceKey(), draft.sourceUrl(),
                draft.title(), draft.company(), draft.salary(), draft.location(), draft.employment(), draft.schedule(),
                draft.workFormat(), draft.experience(), draft.description(), draft.keySkills(), vacancy.publishedAt());
        vacancy.takeContentFrom(keepingSource, requirementsOf(keepingSource), now);
        stored.save(vacancy.announceSaved(false, now));
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
        String note = step.note() == null || step.note().isBlank() ? null : step.note().strip();
        if (note != null) {
            vacancy.noted(now);
        }
        LocalDate day = step.date() != null ? step.date() : LocalDate.ofInstant(now, ZoneOffset.UTC);
        tracker.save(new TrackerEntry(vacancy.id(), step.status(), note, day, now, step.resumeDocumentId(),
                step.letterDocumentId()));
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

    private Requirements requirementsOf(VacancyDraft draft) {
        Description description = draft.description() == null ? Description.EMPTY : draft.description();
        return extraction.read(description.text(), draft.keySkills());
    }

    private VacancyView view(Vacancy vacancy) {
        List<TrackerEntry> entries = tracker.findByVacancyIdOrderByCreatedAtAsc(vacancy.id());
        List<VacancyView.TrackerEntryView> history = entries.stream()
                .map(e -> new VacancyView.TrackerEntryView(e.id, e.status, e.note, e.happenedOn, e.createdAt,
                        e.resumeDocumentId, e.letterDocumentId)).toList();
        VacancyView.SentDocuments sent = new VacancyView.SentDocuments(
                entries.reversed().stream().map(e -> e.resumeDocumentId).filter(Objects::nonNull).findFirst()
                        .orElse(null),
                entries.reversed().stream().map(e -> e.letterDocumentId).filter(Objects::nonNull).findFirst()
                        .orElse(null));
        Location location = vacancy.location();
        YearsRange experience = vacancy.experience();
        Description description = vacancy.description();
        return new VacancyView(vacancy.id(), vacancy.source(), vacancy.sourceUrl(), vacancy.title(),
                vacancy.company(), salary(vacancy),
                new VacancyView.LocationView(location.country(), location.city(), location.areaId()),
                vacancy.employment(), vacancy.schedule(), vacancy.workFormat(),
                experience == null ? null : new VacancyView.ExperienceView(experience.min(), experience.max()),
                new VacancyView.DescriptionView(description.html(), description.text(), description.markdown()),
                vacancy.keySkills(), vacancy.requirements(), vacancy.status(), vacancy.statusChangedAt(), history, sent,
                vacancy.publishedAt(), vacancy.createdAt(), vacancy.updatedAt());
    }

    private VacancySummary summary(Vacancy vacancy) {
        List<String> skills = vacancy.requirements().skills().stream().map(RequiredSkill::name).limit(12).toList();
        return new VacancySummary(vacancy.id(), vacancy.title(), vacancy.company(), vacancy.location().city(),
                salary(vacancy), vacancy.status(), vacancy.statusChangedAt(), skills, vacancy.updatedAt());
    }

    private static VacancyView.SalaryView salary(Vacancy vacancy) {
        Salary salary = vacancy.salary();
        return salary == null ? null : new VacancyView.SalaryView(salary.from(), salary.to(), salary.currency(),
                salary.gross(), salary.period(), salary.monthlyFrom(), salary.monthlyTo());
    }
}
