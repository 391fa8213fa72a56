package com.qh.vacancy.normalising;

/** The kind of employment. */
public enum Employment {
    FULL,
    PART,
    PROJECT,
    TEMPORARY,
    INTERNSHIP,
    VOLUNTEER
}
