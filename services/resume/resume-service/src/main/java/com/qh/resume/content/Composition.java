package com.qh.resume.content;

import com.qh.rendering.ResumeDocument;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A resume composed from the profile and its design, ready to render.
 *
 * @param document what the renderer lays out
 * @param changes what tailoring changed against the untailored resume; empty without a target vacancy
 * @param match how the resume meets its target vacancy, or null without one
 */
public record Composition(ResumeDocument document, List<Change> changes, Match match) {

    public Composition {
        changes = List.copyOf(changes);
    }

    /**
     * The vacancy's skills the shown resume names, and the required ones it does not (which tailoring cannot add:
     * it only orders the profile's own words).
     *
     * @param met requirements the resume names, by the skills taxonomy's canonical name
     * @param missing required skills it does not name
     */
    @Schema(description = "The vacancy's skills the resume names, and the required ones it does not")
    public record Match(List<String> met, List<String> missing) {
    }
}
