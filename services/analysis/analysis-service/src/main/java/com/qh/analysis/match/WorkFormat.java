package com.qh.analysis.match;

/** Where the work is done. */
public enum WorkFormat {
    ONSITE,
    HYBRID,
    REMOTE
}
