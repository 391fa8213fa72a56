package com.qh.skills.requirements;

/**
 * A skill a vacancy asks for.
 *
 * @param name the skill's canonical name in the taxonomy
 * @param category its taxonomy category
 * @param importance required, or a plus
 * @param evidence the sentence it was found in, as the vacancy wrote it
 */
public record RequiredSkill(String name, String category, Importance importance, String evidence) {
}
