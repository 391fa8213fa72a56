package com.qh.vacancy.vacancy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;

/**
 * What to import: exactly one of a link, pasted text or pasted HTML. {@code title} and {@code company} override
 * what the source says (and name a pasted text's title, which is otherwise its first line).
 */
@Schema(example = """
        {"url": "https://hh.ru/vacancy/12345678"}""")
record ImportRequest(
        @Schema(description = "A vacancy's page: hh.ru (read through its API), LinkedIn /jobs/view/..., or any job "
                + "page with schema.org JobPosting data or a readable description")
        @Size(max = 2048) String url,
        @Schema(description = "The vacancy's text, as copied") @Size(max = 100_000) String text,
        @Schema(description = "The vacancy's HTML: a page's source or a copied description") @Size(max = 2_000_000) String html,
        @Size(max = 300) String title,
        @Size(max = 300) String company,
        @Schema(description = "Where pasted text or HTML came from, kept as the vacancy's link")
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        String sourceUrl) {

    @AssertTrue(message = "give exactly one of url, text or html")
    @Schema(hidden = true)
    boolean isOneSource() {
        return Stream.of(url, text, html).filter(value -> value != null && !value.isBlank()).count() == 1;
    }
}
