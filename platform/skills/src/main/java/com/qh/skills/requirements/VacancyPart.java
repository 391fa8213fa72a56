package com.qh.skills.requirements;

/** The part of a vacancy a sentence belongs to, told by the heading above it. */
public enum VacancyPart {
    /** Before any heading, or under one that says nothing about the job (about the company). */
    OTHER,
    /** What the job involves. */
    RESPONSIBILITIES,
    /** What the employer asks of a candidate. */
    REQUIREMENTS,
    /** What the employer would welcome. */
    NICE_TO_HAVE
}
