package com.qh.skills;

/**
 * A skill found in a text.
 *
 * @param skill the skill
 * @param written how the text wrote it ({@code Кафкой})
 * @param start where the mention starts in the text
 * @param end where it ends (exclusive)
 */
public record SkillMention(Skill skill, String written, int start, int end) {
}
