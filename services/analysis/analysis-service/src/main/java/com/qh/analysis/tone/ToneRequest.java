package com.qh.analysis.tone;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A text to analyse.
 *
 * @param text up to 20,000 characters; longer texts are refused with 422, not cut
 * @param language {@code en} or {@code ru}; null to detect it by the share of Cyrillic letters
 * @param kind {@code resume} (the default: the first person is a finding) or {@code letter}, in any case
 */
@Schema(example = """
        {"text": "Участвовал в разработке мобильного приложения. Коммуникабельный, стрессоустойчивый.",
         "language": "ru", "kind": "resume"}""")
record ToneRequest(@NotBlank String text,
        @Pattern(regexp = "en|ru", message = "must be en or ru") String language,
        @Pattern(regexp = "(?i)resume|letter", message = "must be resume or letter") String kind) {
}
