package com.qh.vacancy.learning;

/** Where a candidate is in review. */
enum CandidateStatus {
    /** Waiting for an administrator. */
    PENDING,
    /** Accepted as proposed: a new skill, or the spellings of a skill the taxonomy has. */
    ACCEPTED,
    /** Its spellings given to a skill the administrator chose. */
    MERGED,
    /** Not a skill, or not worth one; mining does not bring it back. */
    REJECTED
}
