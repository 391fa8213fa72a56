package com.qh.vacancy.learning;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An administrator's decision on a candidate.
 *
 * @param action what to do with it
 * @param skillId for {@code merge}: the skill its spellings go to, by canonical name or any spelling of it (the
 *        taxonomy's skills are known by name)
 * @param name for {@code accept}: the new skill's canonical name, when not the candidate's; given for a candidate
 *        the miner took for a spelling of a known skill, it makes a new skill instead
 * @param category for {@code accept} of a new skill: its category, when not the one proposed
 * @param aliases the spellings to add, when not all of the candidate's that name no other skill
 * @param note why, for the record
 */
record DecisionRequest(@NotNull Action action, @Size(max = 100) String skillId,
        @Size(min = 1, max = 100) @Pattern(regexp = "[^|;=~\\s][^|;]*", message = "must not start with =, ~ or a "
                + "space, nor hold | or ;") String name,
        @Size(max = 50) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by "
                + "hyphens, such as mobile or finance-accounting") String category,
        @Size(max = 20) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[^|;]+",
                message = "must not hold | or ;") String> aliases,
        @Size(max = 500) String note) {

    /** What to do with a candidate. */
    @Schema(description = "accept: as proposed (a new skill, or the spellings of the skill named); merge: its "
            + "spellings to the skill skillId names; reject: not a skill")
    enum Action {
        @JsonProperty("accept")
        ACCEPT,
        @JsonProperty("merge")
        MERGE,
        @JsonProperty("reject")
        REJECT
    }
}
