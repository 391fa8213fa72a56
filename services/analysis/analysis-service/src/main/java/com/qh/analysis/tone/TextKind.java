package com.qh.analysis.tone;

/**
 * What the text is, because the rules differ: a resume avoids the first person, a cover letter is written in it.
 */
public enum TextKind {
    /** A resume bullet, a summary line or a headline. */
    RESUME,
    /** A cover letter or another message to an employer. */
    LETTER
}
