package com.qh.vacancy.market;

import com.qh.skills.requirements.RequiredSkill;
import com.qh.vacancy.extraction.Extraction;
import com.qh.vacancy.normalising.Salary;
import com.qh.vacancy.normalising.VacancyDraft;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps market vacancies, one per source and source id: a vacancy seen again is updated. */
@Service
class MarketStore {

    /** Enough for any one-page vacancy; mining reads descriptions, nothing shows them. */
    private static final int MAX_DESCRIPTION = 20_000;

    private final MarketVacancies stored;
    private final Extraction extraction;
    private final Clock clock;

    MarketStore(MarketVacancies stored, Extraction extraction, Clock clock) {
        this.stored = stored;
        this.extraction = extraction;
        this.clock = clock;
    }

    /** Stores the draft; {@code true} when it is new. */
    @Transactional
    boolean put(String source, String sourceId, VacancyDraft draft) {
        return put(source, sourceId, draft, List.of());
    }

    /** Stores the draft with the professions its source files it under; {@code true} when it is new. */
    @Transactional
    boolean put(String source, String sourceId, VacancyDraft draft, List<String> professions) {
        Optional<MarketVacancy> existing = stored.findBySourceAndSourceId(source, sourceId);
        MarketVacancy vacancy = existing.orElseGet(() -> new MarketVacancy(source, sourceId));
        Salary salary = draft.salary();
        vacancy.title = clip(draft.title(), 300);
        vacancy.company = clip(draft.company(), 300);
        vacancy.areaId = draft.location().areaId();
        vacancy.city = clip(draft.location().city(), 200);
        vacancy.salaryFrom = salary == null ? null : salary.from();
        vacancy.salaryTo = salary == null ? null : salary.to();
        vacancy.salaryCurrency = salary == null ? null : salary.currency();
        vacancy.salaryGross = salary == null ? null : salary.gross();
        vacancy.salaryMonthlyFrom = salary == null ? null : salary.monthlyFrom();
        vacancy.salaryMonthlyTo = salary == null ? null : salary.monthlyTo();
        vacancy.experienceMin = draft.experience() == null ? null : draft.experience().min();
        vacancy.experienceMax = draft.experience() == null ? null : draft.experience().max();
        vacancy.workFormat = draft.workFormat();
        Set<String> skills = new LinkedHashSet<>();
        extraction.read(draft.description() == null ? "" : draft.description().text(), draft.keySkills()).skills()
                .stream().map(RequiredSkill::name).forEach(skills::add);
        vacancy.skills = skills.toArray(String[]::new);
        vacancy.keySkills = draft.keySkills().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .map(s -> clip(s, 200)).toArray(String[]::new);
        vacancy.professions = professions.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct()
                .map(p -> clip(p, 200)).toArray(String[]::new);
        vacancy.description = draft.description() == null ? "" : clip(draft.description().text(), MAX_DESCRIPTION);
        vacancy.publishedAt = draft.publishedAt();
        vacancy.importedAt = clock.instant();
        stored.save(vacancy);
        return existing.isEmpty();
    }

    /**
     * Whether the store has the vacancy with its description as published at {@code publishedAt}: hh.ru's search
     * answers without descriptions or key skills, and a vacancy not republished since need not be read again.
     */
    @Transactional(readOnly = true)
    boolean hasCurrent(String source, String sourceId, Instant publishedAt) {
        return publishedAt != null && stored.findBySourceAndSourceId(source, sourceId)
                .filter(vacancy -> publishedAt.equals(vacancy.publishedAt) && !vacancy.description.isEmpty())
                .isPresent();
    }

    private static String clip(String text, int max) {
        return text == null ? null : text.length() <= max ? text : text.substring(0, max);
    }

    Instant now() {
        return clock.instant();
    }
}
