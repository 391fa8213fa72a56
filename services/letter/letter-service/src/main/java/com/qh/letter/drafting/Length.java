package com.qh.letter.drafting;

import java.util.Locale;

/** How long the letter is: two requirement paragraphs, or three when the profile has evidence for them. */
public enum Length {
    SHORT(2), STANDARD(3);

    private final int paragraphs;

    Length(int paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** At most this many paragraphs answering requirements. */
    public int paragraphs() {
        return paragraphs;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The length for an API value; null is standard. */
    public static Length of(String value) {
        return value == null ? STANDARD : valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
