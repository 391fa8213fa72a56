package com.qh.skills.requirements;

/**
 * The education a vacancy asks for.
 *
 * @param level the lowest level it accepts
 * @param evidence the sentence it was read from
 */
public record Education(Level level, String evidence) {

    /** Levels, lowest first. */
    public enum Level {
        SECONDARY_VOCATIONAL,
        HIGHER
    }
}
