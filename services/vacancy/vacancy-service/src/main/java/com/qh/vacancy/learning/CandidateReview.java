package com.qh.vacancy.learning;

import com.qh.platform.web.ConflictException;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import com.qh.skills.Skill;
import com.qh.skills.SkillTaxonomy;
import com.qh.skills.mining.SkillCandidate;
import com.qh.vacancy.extraction.Extraction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decisions on candidates: accept (a new skill, or the spellings of the skill the miner named), merge (the spellings
 * of the skill the administrator names), reject. Accepting and merging make a taxonomy release.
 */
@Service
class CandidateReview {

    private final Candidates candidates;
    private final TaxonomyReleases releases;
    private final Extraction extraction;
    private final SkillMining mining;
    private final LearningProperties properties;
    private final Clock clock;

    CandidateReview(Candidates candidates, TaxonomyReleases releases, Extraction extraction, SkillMining mining,
            LearningProperties properties, Clock clock) {
        this.candidates = candidates;
        this.releases = releases;
        this.extraction = extraction;
        this.mining = mining;
        this.properties = properties;
        this.clock = clock;
    }

    Candidate get(UUID id) {
        return candidates.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Decides on a pending candidate; answers it as decided.
     *
     * @throws NotFoundException no such candidate (or mining dropped it: the taxonomy resolves it now)
     * @throws ConflictException {@code candidate-decided}: it was decided before
     * @throws UnprocessableException {@code unknown-skill}, {@code skill-exists}, {@code nothing-to-add},
     *         {@code taxonomy-conflict}
     */
    @Transactional
    Candidate decide(UUID id, DecisionRequest request, UUID by) {
        Candidate candidate = candidates.lock(id).orElseThrow(() -> notFound(id));
        if (candidate.status() != CandidateStatus.PENDING) {
            throw new ConflictException("candidate-decided", "The candidate " + candidate.name() + " was decided "
                    + "already (" + candidate.status().name().toLowerCase(Locale.ROOT) + " at "
                    + candidate.decidedAt() + ").").with("status", candidate.status().name())
                    .with("releaseVersion", candidate.releaseVersion());
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        switch (request.action()) {
            case REJECT -> candidates.decide(id, CandidateStatus.REJECTED,
                    new Candidate.Decision("reject", null, null, List.of(), false, note), by, clock.instant(), null);
            case MERGE -> {
                if (request.skillId() == null || request.skillId().isBlank()) {
                    throw new QhException(HttpStatus.BAD_REQUEST, "skill-id-required", "Invalid request",
                            "Field 'skillId' names the skill to merge the candidate into; it is required to merge.");
                }
                join(candidate, request.skillId(), "merge", CandidateStatus.MERGED, request, note, by);
            }
            case ACCEPT -> {
                if (candidate.kind() == SkillCandidate.Kind.ALIAS && request.name() == null) {
                    join(candidate, candidate.existingSkill(), "accept", CandidateStatus.ACCEPTED, request, note, by);
                } else {
                    create(candidate, request, note, by);
                }
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (request.action() != DecisionRequest.Action.REJECT) {
                    mining.soon(); // what the release resolves leaves the queue
                }
            }
        });
        return candidates.find(id).orElseThrow();
    }

    /** The candidate's spellings given to a skill the taxonomy has. */
    private void join(Candidate candidate, String skillName, String action, CandidateStatus status,
            DecisionRequest request, String note, UUID by) {
        SkillTaxonomy taxonomy = extraction.taxonomy();
        Skill skill = taxonomy.find(skillName).orElseThrow(() -> new UnprocessableException("unknown-skill",
                "The taxonomy (" + taxonomy.version() + ") has no skill '" + skillName + "'; name it by its canonical "
                + "name or a spelling of it.").with("skillId", skillName));
        List<String> aliases = aliases(candidate, request, skill.name(), taxonomy, skill);
        TaxonomyReleases.Release release = releases.release(List.of(new TaxonomyReleases.Change(candidate.id(),
                action, skill.name(), skill.category(), aliases, false)), by);
        candidates.decide(candidate.id(), status, new Candidate.Decision(action, skill.name(), skill.category(),
                aliases, false, note), by, release.createdAt(), release.version());
    }

    /** The candidate as a new skill. */
    private void create(Candidate candidate, DecisionRequest request, String note, UUID by) {
        SkillTaxonomy taxonomy = extraction.taxonomy();
        String name = request.name() != null ? request.name().strip() : candidate.name();
        Optional<Skill> known = taxonomy.find(name);
        if (known.isPresent()) {
            throw new UnprocessableException("skill-exists", "'" + name + "' is a skill already ("
                    + known.get().name() + "); merge the candidate into it, or give the new skill another name.")
                    .with("skill", known.get().name());
        }
        String category = request.category() != null ? request.category()
                : candidate.evidence().category() != null ? candidate.evidence().category()
                : properties.defaultCategory();
        List<String> aliases = aliases(candidate, request, name, taxonomy, null);
        TaxonomyReleases.Release release = releases.release(List.of(new TaxonomyReleases.Change(candidate.id(),
                "accept", name, category, aliases, true)), by);
        candidates.decide(candidate.id(), CandidateStatus.ACCEPTED, new Candidate.Decision("accept", name, category,
                aliases, true, note), by, release.createdAt(), release.version());
    }

    /**
     * The spellings to add: the administrator's, or the candidate's that name no skill yet; never the name itself or
     * one that names the skill already. For a spelling of a known skill ({@code skill} given) there must be one.
     */
    private static List<String> aliases(Candidate candidate, DecisionRequest request, String name,
            SkillTaxonomy taxonomy, Skill skill) {
        boolean given = request.aliases() != null;
        Set<String> aliases = new LinkedHashSet<>();
        // Spellings the matcher reads alike (Ексель, Екселе) are one: the first, the most frequent, is kept.
        Set<String> read = new HashSet<>();
        read.add(keys(taxonomy, name));
        for (String spelling : given ? request.aliases() : new ArrayList<>(candidate.evidence().spellings().keySet())) {
            String written = spelling.strip().replaceAll("\\s+", " ");
            if (written.isEmpty() || !read.add(keys(taxonomy, written)) && !written.startsWith("=")) {
                continue;
            }
            Optional<Skill> named = taxonomy.find(written);
            if (named.isPresent() && (skill == null || named.get().name().equals(skill.name()) || !given)) {
                continue; // names this skill already, or (unless the administrator insists) another one
            }
            aliases.add(written);
        }
        if (skill != null && aliases.isEmpty()) {
            throw new UnprocessableException("nothing-to-add", "Every spelling of " + candidate.name() + " names "
                    + "a skill already; nothing would change. Reject the candidate, or give the aliases to add.");
        }
        return List.copyOf(aliases);
    }

    /** The words of a spelling as the matcher compares them. */
    private static String keys(SkillTaxonomy taxonomy, String spelling) {
        return String.join(" ", taxonomy.words(spelling).stream().map(SkillTaxonomy.Word::key).toList());
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No skill candidate " + id + ". Mining drops a pending candidate the taxonomy "
                + "resolves now.");
    }
}
