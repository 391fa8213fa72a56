package com.qh.skills.requirements;

import java.util.List;

/**
 * A vacancy read once for matching: its requirements, and every sentence with its part and skills.
 *
 * @param requirements what {@link RequirementExtractor#extract} gives
 * @param sentences what {@link RequirementExtractor#sentences} gives
 */
public record VacancyReading(Requirements requirements, List<VacancySentence> sentences) {

    public VacancyReading {
        sentences = List.copyOf(sentences);
    }
}
