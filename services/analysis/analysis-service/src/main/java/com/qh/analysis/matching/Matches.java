package com.qh.analysis.matching;

import com.qh.analysis.job.UploadedResumeCandidates;
import com.qh.analysis.match.Candidate;
import com.qh.analysis.match.MatchResult;
import com.qh.analysis.match.VacancyMatcher;
import com.qh.analysis.requirements.RequirementReader;
import com.qh.analysis.source.Profiles;
import com.qh.analysis.source.Vacancies;
import com.qh.analysis.source.VacancyView;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.UnprocessableException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Matches the caller's profile, or one of their uploaded resumes, against one of their vacancies and keeps the
 * answer. Another user's vacancy or document is not found, exactly like one that does not exist.
 */
@Service
class Matches {

    private final Supplier<VacancyMatcher> matchers;
    private final Profiles profiles;
    private final Vacancies vacancies;
    private final MatchHistory history;
    private final Clock clock;
    private final UploadedResumeCandidates resumes;
    private final RequirementReader requirements;

    Matches(Supplier<VacancyMatcher> matchers, Profiles profiles, Vacancies vacancies, MatchHistory history, Clock clock,
            UploadedResumeCandidates resumes, RequirementReader requirements) {
        this.matchers = matchers;
        this.profiles = profiles;
        this.vacancies = vacancies;
        this.history = history;
        this.clock = clock;
        this.resumes = resumes;
        this.requirements = requirements;
    }

    /** The match of the user's profile, or of an uploaded resume, against one of their vacancies. */
    MatchView.Stored match(UUID userId, UUID vacancyId, UUID documentId) {
        VacancyView vacancy = vacancies.find(userId, vacancyId)
                .orElseThrow(() -> new NotFoundException("You have no vacancy " + vacancyId + "."));
        Candidate candidate = documentId == null ? profile(userId) : uploadedResume(userId, documentId);
        VacancyMatcher matcher = matchers.get();
        MatchResult result = matcher.match(candidate, requirements.read(matcher, vacancy.vacancy(), userId));
        MatchView.Stored stored = new MatchView.Stored(UUID.randomUUID(), userId, vacancyId, documentId,
                vacancy.vacancy().title(), clock.instant(), result);
        history.add(stored);
        return stored;
    }

    private Candidate profile(UUID userId) {
        return profiles.candidateOf(userId).orElseThrow(() -> new UnprocessableException("no-profile",
                "There is no profile to match yet: fill in your profile first, or match an uploaded resume."));
    }

    /**
     * An uploaded resume, parsed by the resume-parsing feature (the reader the {@code MATCH} jobs use); someone
     * else's document is its 404, one that is not a readable resume its 422.
     */
    private Candidate uploadedResume(UUID userId, UUID documentId) {
        return resumes.candidateOf(userId, documentId);
    }

    List<MatchSummary> history(UUID userId, UUID vacancyId, int limit) {
        return history.list(userId, vacancyId, limit);
    }

    MatchView.Stored find(UUID userId, UUID id) {
        return history.find(userId, id).orElseThrow(() -> new NotFoundException("You have no match " + id + "."));
    }
}
