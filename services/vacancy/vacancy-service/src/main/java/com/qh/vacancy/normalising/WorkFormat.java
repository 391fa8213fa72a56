package com.qh.vacancy.normalising;

/** Where the work is done. */
public enum WorkFormat {
    ON_SITE,
    HYBRID,
    REMOTE,
    /** Travelling work (разъездная). */
    FIELD
}
