package com.qh.profile.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two languages a profile's texts are kept in, and documents are made in. */
public enum Language {
    RU, EN;

    /** {@code ru} or {@code en}, as in the API. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code ru}/{@code en} in any case; anything else is refused. */
    @JsonCreator
    public static Language of(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("must be 'ru' or 'en'");
    }
}
