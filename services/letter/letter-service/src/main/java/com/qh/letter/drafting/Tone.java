package com.qh.letter.drafting;

import java.util.Locale;

/** How the letter sounds. */
public enum Tone {
    FORMAL, NEUTRAL, WARM;

    /** {@code formal}, {@code neutral}, {@code warm}, as in the API and the phrase files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tone for an API value; null is neutral. */
    public static Tone of(String value) {
        return value == null ? NEUTRAL : valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
