package com.qh.vacancy.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An administrator accepted a skill learnt from the market, or merged a spelling into a skill the taxonomy has: a new
 * taxonomy release is in use in the vacancy service. The release is the shipped taxonomy (the {@code qh-skills}
 * files) plus {@code overlay}, every addition made so far in order; a consumer that reads skills applies it with
 * {@code SkillTaxonomy.builtIn().extendedWith(version, additions)} and so reads the same skills as the vacancy
 * service, whatever releases it missed.
 *
 * @param version the release, {@code <baseVersion>+<number>} ({@code 2026.12.5+3})
 * @param baseVersion the shipped taxonomy the vacancy service made it on
 * @param number the release's number, one more than the last
 * @param changes what this release added
 * @param overlay every addition of every release up to this one, oldest first
 */
@EventType("skills.released.v1")
public record SkillsReleased(UUID eventId, Instant occurredAt, String version, String baseVersion, int number,
        List<Addition> changes, List<Addition> overlay) implements IntegrationEvent {

    public SkillsReleased {
        changes = List.copyOf(changes);
        overlay = List.copyOf(overlay);
    }

    /**
     * One skill added, or spellings added to a skill.
     *
     * @param skill the canonical name: a new skill's, or the existing skill's the spellings now name
     * @param category its category ({@code mobile}, {@code data}); an existing skill keeps its own
     * @param aliases the spellings added
     * @param newSkill whether the skill is new to the taxonomy
     */
    public record Addition(String skill, String category, List<String> aliases, boolean newSkill) {

        public Addition {
            aliases = List.copyOf(aliases);
        }
    }
}
