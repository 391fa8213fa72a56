package com.qh.analysis.salary;

import com.qh.analysis.api.AnalysisJobType;
import com.qh.analysis.job.Job;
import com.qh.analysis.job.JobHandler;
import com.qh.analysis.job.JobOutcome;
import com.qh.analysis.job.JobProgress;
import com.qh.analysis.match.Candidate;
import com.qh.analysis.source.Profiles;
import com.qh.platform.web.UnprocessableException;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * {@code SALARY}: the estimate for the user's profile, as {@code GET /api/v1/analysis/salary/me} answers it, run
 * as a job (so that it can be mailed with the other results). A profile without a title is refused before queueing.
 */
@Component
class SalaryJob implements JobHandler {

    private final SalaryEstimates estimates;

    private final Profiles profiles;

    private final Clock clock;

    SalaryJob(SalaryEstimates estimates, Profiles profiles, Clock clock) {
        this.estimates = estimates;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public AnalysisJobType type() {
        return AnalysisJobType.SALARY;
    }

    @Override
    public void check(Job job) {
        query(job);
    }

    @Override
    public JobOutcome run(Job job, JobProgress progress) {
        progress.step("estimate", 20);
        return new JobOutcome(estimates.estimate(query(job), Basis.NET), null);
    }

    private SalaryQuery query(Job job) {
        Candidate candidate = profiles.candidateOf(job.userId()).orElseThrow(() -> new UnprocessableException(
                "no-profile", "There is no profile to estimate a salary for yet: fill in your profile first."));
        return SalaryQuery.of(candidate, YearMonth.now(clock)).orElseThrow(() -> new UnprocessableException(
                "no-title", "Your profile names no headline, desired position or job title: add the job you look "
                        + "for, and the estimate follows."));
    }
}
