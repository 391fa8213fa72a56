package com.qh.vacancy.learning;

import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue of skills learnt from the market, and the taxonomy releases it makes. Administrators only. */
@RestController
@Validated
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/api/v1/admin/skills")
@Tag(name = "Skills learnt from the market", description = "What the employers' key skills in the market store "
        + "propose that the taxonomy lacks (new skills, spellings of known ones), with the evidence; accepting or "
        + "merging one makes a taxonomy release that the extractor uses at once. Administrators only.")
class SkillsAdminController {

    private final CandidateReview review;
    private final Candidates candidates;
    private final SkillMining mining;
    private final TaxonomyReleases releases;

    SkillsAdminController(CandidateReview review, Candidates candidates, SkillMining mining,
            TaxonomyReleases releases) {
        this.review = review;
        this.candidates = candidates;
        this.mining = mining;
        this.releases = releases;
    }

    @GetMapping("/candidates")
    @Operation(summary = "List skill candidates", description = "Pending ones (the queue) unless a status is given: "
            + "the best supported first; decided ones, the latest decided first.")
    CandidatePage list(@Parameter(description = "pending (default), accepted, merged or rejected")
            @RequestParam(defaultValue = "pending") @Pattern(regexp = "(?i)pending|accepted|merged|rejected",
                    message = "must be pending, accepted, merged or rejected") String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        CandidateStatus wanted = CandidateStatus.valueOf(status.toUpperCase(Locale.ROOT));
        return new CandidatePage(candidates.page(wanted, page, size).stream().map(CandidateView::of).toList(), page,
                size, candidates.count(wanted));
    }

    @GetMapping("/candidates/{id}")
    @Operation(summary = "One skill candidate, with its evidence and any decision")
    CandidateView get(@PathVariable UUID id) {
        return CandidateView.of(review.get(id));
    }

    @PostMapping("/candidates/{id}")
    @Operation(summary = "Decide on a skill candidate", description = """
            accept: as proposed, a new skill (name, category and aliases may be given; a name given for a candidate \
            taken for a spelling of a known skill makes a new skill), or the spellings of the skill the miner named; \
            merge: its spellings go to the skill skillId names (canonical name or any spelling); reject: not a \
            skill, and mining does not bring it back. Accept and merge make a taxonomy release, used at once. 404 \
            for an unknown candidate, 409 candidate-decided, 400 for a bad action or a merge without skillId, 422 \
            unknown-skill, skill-exists, nothing-to-add or taxonomy-conflict.""")
    CandidateView decide(AuthenticatedUser admin, @PathVariable UUID id,
            @Valid @RequestBody DecisionRequest request) {
        return CandidateView.of(review.decide(id, request, admin.id()));
    }

    @PostMapping("/mining")
    @Operation(summary = "Mine the market store now", description = "Runs after every market import and hh.ru sync "
            + "pass by itself; this runs it at once and answers what it did.")
    SkillMining.Report mine() {
        return mining.mine();
    }

    @GetMapping("/releases")
    @Operation(summary = "Taxonomy releases", description = "The version in use and every release, the latest "
            + "first, with what each added. A release's version is the shipped taxonomy's and its number.")
    Releases releases() {
        return new Releases(releases.current(), releases.shippedVersion(), releases.all().stream()
                .map(release -> new ReleaseView(release.version(), release.number(), release.baseVersion(),
                        release.createdAt(), release.createdBy(), release.changes()))
                .toList());
    }

    /** One page of candidates. */
    record CandidatePage(List<CandidateView> items, int page, int size, long total) {
    }

    /**
     * A candidate as the queue shows it.
     *
     * @param kind {@code NEW_SKILL} or {@code ALIAS} (a spelling of {@code existingSkill})
     * @param proposedCategory the category of the skills listed beside it, for a new skill
     * @param examples vacancies that list it ({@code ref} as {@code source:id}; {@code url} for hh.ru ones)
     */
    record CandidateView(UUID id, String name, String kind, String existingSkill, String status, int vacancies,
            int namedInDescriptions, Map<String, Integer> spellings, Map<String, Integer> titles,
            Map<String, Integer> listedWith, Map<String, Integer> professions, String proposedCategory,
            List<Example> examples, Instant firstSeenAt,
            Instant minedAt, Instant decidedAt, UUID decidedBy, Candidate.Decision decision, String releaseVersion) {

        static CandidateView of(Candidate c) {
            return new CandidateView(c.id(), c.name(), c.kind().name(), c.existingSkill(), c.status().name(),
                    c.vacancies(), c.namedInDescriptions(), c.evidence().spellings(), c.evidence().titles(),
                    c.evidence().listedWith(), c.evidence().professions(), c.evidence().category(),
                    c.evidence().examples().stream().map(Example::of).toList(), c.firstSeenAt(), c.minedAt(),
                    c.decidedAt(), c.decidedBy(), c.decision(), c.releaseVersion());
        }
    }

    /** A market vacancy that lists a candidate. */
    record Example(String ref, String url) {

        static Example of(String ref) {
            return new Example(ref, ref.startsWith("hh:") ? "https://hh.ru/vacancy/" + ref.substring(3) : null);
        }
    }

    /** The taxonomy in use and how it came to be. */
    record Releases(String current, String shipped, List<ReleaseView> releases) {
    }

    /** A release and what it added. */
    record ReleaseView(String version, int number, String baseVersion, Instant createdAt, UUID createdBy,
            List<TaxonomyReleases.Change> changes) {
    }
}
