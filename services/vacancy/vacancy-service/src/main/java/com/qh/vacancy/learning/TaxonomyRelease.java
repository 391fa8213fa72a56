package com.qh.vacancy.learning;

import com.qh.vacancy.api.SkillsReleased;
import java.util.List;

/**
 * The taxonomy release in use, for services that read skills: the shipped taxonomy's version, the release's number
 * (0 before any) and version, and every addition so far, oldest first.
 *
 * @param version {@code <baseVersion>+<number>}, or the shipped version alone before any release
 * @param baseVersion the shipped taxonomy's version
 * @param number the latest release's number; 0 before any
 * @param overlay every addition of every release, oldest first
 */
public record TaxonomyRelease(String version, String baseVersion, int number, List<SkillsReleased.Addition> overlay) {

    public TaxonomyRelease {
        overlay = List.copyOf(overlay);
    }
}
