package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisJobType;
import com.qh.analysis.match.Candidate;
import com.qh.analysis.match.MatchResult;
import com.qh.analysis.match.VacancyMatcher;
import com.qh.analysis.requirements.RequirementReader;
import com.qh.analysis.source.Profiles;
import com.qh.analysis.source.Vacancies;
import com.qh.analysis.source.VacancyView;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.UnprocessableException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * {@code MATCH}: the user's profile, or an uploaded resume, against one of their vacancies, through the same
 * {@link VacancyMatcher} the synchronous match uses. The result is the matcher's answer with the vacancy's title.
 */
@Component
class MatchJob implements JobHandler {

    private final Supplier<VacancyMatcher> matchers;
    private final Profiles profiles;
    private final Vacancies vacancies;
    private final UploadedResumeCandidates resumes;
    private final RequirementReader requirements;

    MatchJob(Supplier<VacancyMatcher> matchers, Profiles profiles, Vacancies vacancies, UploadedResumeCandidates resumes,
            RequirementReader requirements) {
        this.matchers = matchers;
        this.profiles = profiles;
        this.vacancies = vacancies;
        this.resumes = resumes;
        this.requirements = requirements;
    }

    @Override
    public AnalysisJobType type() {
        return AnalysisJobType.MATCH;
    }

    /**
     * The vacancy is the user's, and so is the uploaded resume, which reads as a resume: checked while the user's
     * request is served, so that such a job is refused rather than queued to fail (the parse is kept, and the run
     * reads it back).
     */
    @Override
    public void check(Job job) {
        vacancy(job);
        if (job.documentId() != null) {
            resumes.candidateOf(job.userId(), job.documentId());
        }
    }

    @Override
    public JobOutcome run(Job job, JobProgress progress) {
        progress.step("read", 10);
        VacancyView vacancy = vacancy(job);
        Candidate candidate = candidate(job);
        progress.step("match", 40);
        VacancyMatcher matcher = matchers.get();
        MatchResult match = matcher.match(candidate, requirements.read(matcher, vacancy.vacancy(), job.userId()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("vacancyTitle", vacancy.vacancy().title());
        result.put("match", match);
        return new JobOutcome(result, match.score());
    }

    private VacancyView vacancy(Job job) {
        return vacancies.find(job.userId(), job.vacancyId())
                .orElseThrow(() -> new NotFoundException("You have no vacancy " + job.vacancyId() + "."));
    }

    private Candidate candidate(Job job) {
        if (job.documentId() == null) {
            return profiles.candidateOf(job.userId()).orElseThrow(() -> new UnprocessableException("no-profile",
                    "There is no profile to match yet: fill in your profile first, or match an uploaded resume."));
        }
        return resumes.candidateOf(job.userId(), job.documentId());
    }
}
