package com.qh.ai;

import java.util.Locale;

/** The language a feature writes in; each prompt exists in both. */
public enum Language {
    RU, EN;

    /** {@code ru} or {@code en}, as in prompt file names. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code ru}, {@code en} (any case, with or without a region such as {@code ru-RU}); anything else is EN. */
    public static Language of(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("ru") ? RU : EN;
    }
}
