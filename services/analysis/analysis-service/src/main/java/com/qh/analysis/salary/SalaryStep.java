package com.qh.analysis.salary;

import com.qh.analysis.job.Job;
import com.qh.analysis.job.ReviewStep;
import com.qh.analysis.resume.ParsedResume;
import com.qh.platform.web.QhException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The {@code salary} step of a resume review: {@link SalaryEstimates#estimate} for the parsed headline (or the
 * last job's title) in the parsed city, net as the rest of QH answers. When the model has no answer (no market data
 * yet, the model still training, too few comparables) the section says so with the model's own reason: never a
 * figure the market does not give.
 */
@Component("reviewSalaryStep")
class SalaryStep implements ReviewStep {

    private final SalaryEstimates estimates;

    SalaryStep(SalaryEstimates estimates) {
        this.estimates = estimates;
    }

    @Override
    public String name() {
        return "salary";
    }

    @Override
    public Object run(Job job, Map<String, Object> earlier) {
        if (!(earlier.get("parse") instanceof ParsedResume parsed)) {
            return notAvailable("needs-parsed-resume", "A salary estimate needs the parsed resume, and the resume "
                    + "was not parsed.");
        }
        String title = title(parsed);
        if (title == null) {
            return notAvailable("no-title", "The resume names no title or job to estimate a salary for.");
        }
        String city = parsed.contacts().city() == null ? null : parsed.contacts().city().value();
        List<String> skills = parsed.skills().stream().map(ParsedResume.FoundSkill::name).toList();
        SalaryQuery query = new SalaryQuery(title, city, experience(parsed), null, null, skills);
        SalaryEstimate estimate;
        try {
            estimate = estimates.estimate(query, Basis.NET);
        }
        catch (QhException e) {
            String type = e.type() == null ? null : e.type().toString();
            String code = type == null ? "not-available" : type.substring(type.lastIndexOf('/') + 1);
            Map<String, Object> section = notAvailable(code, e.detail());
            section.put("title", title);
            return section;
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("available", estimate.median() != null);
        section.put("title", title);
        section.put("city", city);
        section.put("estimate", estimate);
        if (estimate.median() == null) {
            // The same shape as any other "not available": a code to switch on and the reason in words.
            section.put("code", "no-comparables");
            section.put("reason", estimate.explanation());
        }
        return section;
    }

    /** The headline, else the newest job's title. */
    static String title(ParsedResume parsed) {
        if (parsed.headline() != null && parsed.headline().value() != null && !parsed.headline().value().isBlank()) {
            return parsed.headline().value().strip();
        }
        return parsed.experience().stream()
                .filter(job -> job.title() != null && job.title().value() != null && !job.title().value().isBlank())
                .findFirst().map(job -> job.title().value().strip()).orElse(null);
    }

    /** The years from the first job's start to now, when the dates were read. */
    private static Experience experience(ParsedResume parsed) {
        YearMonth first = parsed.experience().stream().map(ParsedResume.Job::start)
                .filter(java.util.Objects::nonNull).min(YearMonth::compareTo).orElse(null);
        if (first == null) {
            return null;
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, YearMonth.now());
        return Experience.ofYears(Math.max(0, months) / 12.0);
    }

    private static Map<String, Object> notAvailable(String code, String reason) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("available", false);
        section.put("code", code);
        section.put("reason", reason);
        return section;
    }
}
