package com.qh.analysis.match;

import com.qh.skills.Skill;
import com.qh.skills.SkillGraph;
import java.util.Set;

/**
 * A candidate with every profile line read for skills once, as {@link VacancyMatcher#prepare(Candidate)} gives it:
 * for matching one profile against many vacancies (the recommendations), where reading the profile again for each
 * would cost more than the match itself. Immutable; valid only with the matcher (skill graph) that made it.
 */
public final class PreparedCandidate {

    private final Candidate candidate;
    private final ProfileIndex index;
    private final SkillGraph graph;

    PreparedCandidate(Candidate candidate, ProfileIndex index, SkillGraph graph) {
        this.candidate = candidate;
        this.index = index;
        this.graph = graph;
    }

    /** The candidate as given. */
    public Candidate candidate() {
        return candidate;
    }

    /** Every skill the profile names anywhere (jobs, skills list, certificates, summary, study, projects). */
    public Set<Skill> skillsNamed() {
        return Set.copyOf(index.named());
    }

    ProfileIndex index() {
        return index;
    }

    SkillGraph graph() {
        return graph;
    }
}
