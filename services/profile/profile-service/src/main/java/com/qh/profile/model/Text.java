package com.qh.profile.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A free text in Russian and English; either may be empty. Documents take the variant of their language and fall
 * back to the other one, so a profile kept in one language still yields documents in both.
 *
 * @param ru the Russian variant
 * @param en the English variant
 */
@Schema(description = "A text in Russian and English; either may be missing", example = "{\"ru\": \"Ведущий инженер\", \"en\": \"Lead engineer\"}")
public record Text(String ru, String en) {

    /** Only an English variant. */
    public static Text en(String en) {
        return new Text(null, en);
    }

    /** Only a Russian variant. */
    public static Text ru(String ru) {
        return new Text(ru, null);
    }

    /** One language's variant ({@code ru} or {@code en}), or {@code null}. */
    public static Text of(Language language, String value) {
        return language == Language.RU ? new Text(value, null) : new Text(null, value);
    }

    /** The variant of {@code language}, else the other one, else {@code null}. */
    public String in(Language language) {
        String preferred = language == Language.RU ? ru : en;
        String other = language == Language.RU ? en : ru;
        return present(preferred) ? preferred : present(other) ? other : null;
    }

    /** Whether {@code language} has a variant of its own. */
    public boolean has(Language language) {
        return present(language == Language.RU ? ru : en);
    }

    /** Whether neither variant has any text. */
    @JsonIgnore
    public boolean isEmpty() {
        return !present(ru) && !present(en);
    }

    /** The longer of the two variants' lengths. */
    public int length() {
        return Math.max(ru == null ? 0 : ru.strip().length(), en == null ? 0 : en.strip().length());
    }

    /** Whether a possibly missing text has something in it. */
    public static boolean isPresent(Text text) {
        return text != null && !text.isEmpty();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
