package com.qh.resume.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One thing tailoring changed against the untailored resume.
 *
 * @param kind what changed
 * @param part the part it is in, or null for the title
 * @param entryId the profile's entry id, or null
 * @param entry the entry's title as printed, or null
 * @param from its position (0-based among the shown entries) before, for a move
 * @param to its position after, for a move
 * @param before the bullets, skills or title before
 * @param after the bullets, skills or title after
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One change tailoring made: ENTRY_MOVED, ENTRY_HIDDEN, BULLETS_REORDERED, BULLETS_REWRITTEN "
        + "(by the model, fact-checked), SKILLS_REORDERED, TITLE_CHANGED")
public record Change(Kind kind, Part part, String entryId, String entry, Integer from, Integer to,
        List<String> before, List<String> after) {

    /** What changed. */
    public enum Kind {
        ENTRY_MOVED, ENTRY_HIDDEN, BULLETS_REORDERED, BULLETS_REWRITTEN, SKILLS_REORDERED, TITLE_CHANGED
    }
}
