package com.qh.analysis.salary;

import com.qh.analysis.job.Job;
import com.qh.analysis.job.ReviewStep;
import com.qh.analysis.resume.ParsedResume;
import com.qh.platform.web.QhException;
import java.time.Clock;
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

    private final Clock clock;

    SalaryStep(SalaryEstimates estimates, Clock clock) {
        this.estimates = estimates;
        this.clock = clock;
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
        SalaryQuery query = SalaryQuery.of(parsed.toCandidate(), YearMonth.now(clock)).orElse(null);
        if (query == null) {
            return notAvailable("no-title", "The resume names no title or job to estimate a salary for.");
        }
        String title = query.title();
        String city = query.city();
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

    private static Map<String, Object> notAvailable(String code, String reason) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("available", false);
        section.put("code", code);
        section.put("reason", reason);
        return section;
    }
}
