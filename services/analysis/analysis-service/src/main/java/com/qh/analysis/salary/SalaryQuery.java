package com.qh.analysis.salary;

import com.qh.analysis.match.Candidate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an estimate is asked for.
 *
 * @param title the job title, as a vacancy would name it
 * @param city the city, or null for the whole market
 * @param experience the experience bucket, or null
 * @param employment hh.ru's employment id, or null
 * @param schedule hh.ru's schedule id, or null
 * @param skills skills the person has (they widen the comparables' words), possibly empty
 */
public record SalaryQuery(String title, String city, Experience experience, String employment, String schedule,
        List<String> skills) {

    public SalaryQuery {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /**
     * What a person's profile or parsed resume asks: the headline (else the title of the latest job), the city, the
     * years of work (each month once, however many jobs overlap in it; a current job runs to {@code now}) and the
     * skills listed. Empty when there is no title to estimate for. One rule for {@code GET /salary/me} and the
     * resume review's salary step.
     */
    public static Optional<SalaryQuery> of(Candidate candidate, YearMonth now) {
        String title = candidate.headline();
        if (title == null || title.isBlank()) {
            title = candidate.work().stream().filter(job -> job.title() != null && !job.title().isBlank())
                    .max(Comparator.comparing(Candidate.Job::start, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .map(Candidate.Job::title).orElse(null);
        }
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        Set<YearMonth> months = new HashSet<>();
        for (Candidate.Job job : candidate.work()) {
            if (job.start() == null) {
                continue;
            }
            YearMonth end = job.end() == null || job.end().isAfter(now) ? now : job.end();
            for (YearMonth month = job.start(); !month.isAfter(end) && months.size() < 1200; month = month.plusMonths(1)) {
                months.add(month);
            }
        }
        List<String> skills = candidate.skills().stream().flatMap(group -> group.keywords().stream())
                .filter(Objects::nonNull).distinct().toList();
        return Optional.of(new SalaryQuery(title.strip(), candidate.city(),
                months.isEmpty() ? null : Experience.ofYears(months.size() / 12.0), null, null, skills));
    }

    /** Only a title. */
    public static SalaryQuery of(String title) {
        return new SalaryQuery(title, null, null, null, null, List.of());
    }
}
