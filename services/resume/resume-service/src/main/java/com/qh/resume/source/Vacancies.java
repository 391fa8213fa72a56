package com.qh.resume.source;

import java.util.Optional;
import java.util.UUID;

/** A user's saved vacancies, the targets a resume is tailored to. */
public interface Vacancies {

    /**
     * One of the user's saved vacancies.
     *
     * @return empty when it does not exist or belongs to someone else (the caller answers 404 either way)
     * @throws SourceUnavailableException when the vacancy service does not answer
     */
    Optional<TargetVacancy> find(UUID userId, UUID vacancyId);
}
