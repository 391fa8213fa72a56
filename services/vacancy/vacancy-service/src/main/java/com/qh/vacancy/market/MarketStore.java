package com.qh.vacancy.market;

import com.qh.skills.requirements.RequiredSkill;
import com.qh.vacancy.extraction.Extraction;
import com.qh.vacancy.normalising.Salary;
import com.qh.vacancy.normalising.VacancyDraft;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps market vacancies, one per source and source id: a vacancy seen again is updated. */
@Service
class MarketStore {

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
        vacancy.publishedAt = draft.publishedAt();
        vacancy.importedAt = clock.instant();
        stored.save(vacancy);
        return existing.isEmpty();
    }

    private static String clip(String text, int max) {
        return text == null ? null : text.length() <= max ? text : text.substring(0, max);
    }

    Instant now() {
        return clock.instant();
    }
}
