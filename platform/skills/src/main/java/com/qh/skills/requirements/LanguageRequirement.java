package com.qh.skills.requirements;

/**
 * A spoken language a vacancy asks for.
 *
 * @param language ISO 639-1 code ({@code en}, {@code de})
 * @param level CEFR level ({@code B2}), or {@code null} when the vacancy names none
 * @param evidence the sentence it was read from
 */
public record LanguageRequirement(String language, String level, String evidence) {
}
