package com.qh.profile.profile;

import com.qh.profile.model.Language;
import com.qh.profile.model.MaxLength;
import com.qh.profile.model.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * The summary and the language the person mostly writes in.
 *
 * @param primaryLanguage {@code ru} or {@code en}
 * @param summary a few sentences about the person, in either or both languages
 */
@Schema(description = "The profile's summary and primary language",
        example = "{\"primaryLanguage\": \"ru\", \"summary\": {\"ru\": \"Backend-разработчик, 7 лет на Java.\", "
                + "\"en\": \"Backend developer, 7 years of Java.\"}}")
record SummaryBody(@NotNull Language primaryLanguage, @MaxLength(5000) Text summary) {
}
