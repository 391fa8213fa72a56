package com.qh.analysis.tone;

/** What a finding points at; the labelled sets under {@code quality/tone/} use the same names. */
public enum FindingType {
    /** An auxiliary with a participle ("was implemented"), or a Russian short passive participle («внедрена»). */
    PASSIVE_VOICE,
    /** Being near the work instead of doing it: "helped with", "responsible for", «участвовал». */
    WEAK_VERB,
    /** A stock phrase recruiters skim past: "team player", «стрессоустойчивость». */
    CLICHE,
    /** A word that adds no meaning: "very", "various", «очень», «и т.д.». */
    FILLER,
    /** "I", "my", «я», «мой» in a resume, which leaves the subject out. */
    FIRST_PERSON,
    /** A sentence too long to read at a glance; the span is the sentence. */
    LONG_SENTENCE,
    /** A claimed result ("Reduced costs", «Повысил продажи») in a sentence without any figure. */
    NO_NUMBERS
}
