package com.qh.vacancy.normalising;

/** The working schedule. */
public enum Schedule {
    FULL_DAY,
    SHIFT,
    FLEXIBLE,
    /** Fly-in fly-out (вахта). */
    ROTATION
}
