package com.qh.analysis.source;

import com.qh.analysis.match.Candidate;
import java.util.Optional;
import java.util.UUID;

/** A user's career profile, read as the matcher's {@link Candidate}. */
public interface Profiles {

    /**
     * The user's profile, or empty when the user has not written one yet.
     *
     * @param userId the owner
     * @return the profile as a candidate
     */
    Optional<Candidate> candidateOf(UUID userId);
}
