package com.qh.resume.content;

import com.qh.rendering.ResumeDocument.Entry;
import com.qh.rendering.ResumeDocument.Skill;
import com.qh.resume.content.Material.Item;
import com.qh.resume.source.TargetVacancy;
import com.qh.skills.SkillGraph;
import com.qh.skills.SkillMention;
import com.qh.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders a resume by what a vacancy asks for, using only the profile's own words: an entry or bullet point counts
 * the vacancy's required skills it names (through the skills taxonomy, in Russian or English, and the skill graph:
 * a bullet about Spring Boot meets a requirement of Java), then the ones that are a plus; entries and bullets are
 * sorted by that (required first, a stable sort, so equals keep the user's order), matching skills come first in
 * their group, and optionally entries naming nothing asked for are left out. Nothing is written or rephrased.
 */
final class Tailor {

    private static final Comparator<Score> BEST_FIRST =
            Comparator.comparingInt(Score::must).thenComparingInt(Score::nice).reversed();

    private final SkillTaxonomy taxonomy;
    private final SkillGraph graph;

    Tailor(SkillGraph graph) {
        this.graph = graph;
        this.taxonomy = graph.taxonomy();
    }

    /** How well a text meets the vacancy: required skills met, then skills that are a plus. */
    record Score(int must, int nice) {

        boolean any() {
            return must > 0 || nice > 0;
        }
    }

    /** The vacancy's requirements as skills of the taxonomy, each once, required winning over a plus. */
    final class Wanted {

        private final Map<com.qh.skills.Skill, Boolean> skills = new LinkedHashMap<>();

        Wanted(TargetVacancy vacancy) {
            for (TargetVacancy.Requirement requirement : vacancy.requirements()) {
                taxonomy.find(requirement.skill())
                        .ifPresent(skill -> skills.merge(skill, requirement.must(), Boolean::logicalOr));
            }
        }

        Score score(Set<com.qh.skills.Skill> named) {
            int must = 0;
            int nice = 0;
            for (Map.Entry<com.qh.skills.Skill, Boolean> wanted : skills.entrySet()) {
                if (named.stream().anyMatch(skill -> graph.implies(skill, wanted.getKey()))) {
                    if (wanted.getValue()) {
                        must++;
                    }
                    else {
                        nice++;
                    }
                }
            }
            return new Score(must, nice);
        }

        /** The requirements the texts meet, and the required ones they do not, by canonical name. */
        List<String> met(Set<com.qh.skills.Skill> named, boolean met, boolean mustOnly) {
            List<String> names = new ArrayList<>();
            for (Map.Entry<com.qh.skills.Skill, Boolean> wanted : skills.entrySet()) {
                boolean found = named.stream().anyMatch(skill -> graph.implies(skill, wanted.getKey()));
                if (found == met && (!mustOnly || wanted.getValue())) {
                    names.add(wanted.getKey().name());
                }
            }
            return names;
        }
    }

    Wanted wanted(TargetVacancy vacancy) {
        return new Wanted(vacancy);
    }

    /** The skills a text names. */
    Set<com.qh.skills.Skill> named(String text) {
        Set<com.qh.skills.Skill> skills = new LinkedHashSet<>();
        if (text != null) {
            for (SkillMention mention : taxonomy.findIn(text)) {
                skills.add(mention.skill());
            }
        }
        return skills;
    }

    /** The skills an entry names in its title, text, bullets and skill list. */
    Set<com.qh.skills.Skill> named(Entry entry) {
        Set<com.qh.skills.Skill> skills = new LinkedHashSet<>();
        skills.addAll(named(entry.title()));
        skills.addAll(named(entry.text()));
        entry.bullets().forEach(bullet -> skills.addAll(named(bullet)));
        for (Skill skill : entry.skills()) {
            skills.addAll(skill(skill.name()));
        }
        return skills;
    }

    private Set<com.qh.skills.Skill> skill(String name) {
        return taxonomy.find(name).map(Set::of).orElseGet(() -> named(name));
    }

    /**
     * The part's entries ordered by relevance, bullets and skills inside each too.
     *
     * @param hide leave out entries that meet nothing (a job list keeps its first entry so it is never empty)
     */
    List<Item> order(Part part, List<Item> items, Wanted wanted, boolean hide) {
        List<Item> ordered = new ArrayList<>();
        for (Item item : items) {
            ordered.add(new Item(item.id(), inside(item.entry(), wanted)));
        }
        if (part == Part.SKILLS) {
            ordered.sort(Comparator.comparing(item -> bestSkill(item.entry(), wanted), BEST_FIRST));
            return ordered;
        }
        if (!part.tailorable()) {
            return ordered;
        }
        ordered.sort(Comparator.comparing(item -> wanted.score(named(item.entry())), BEST_FIRST));
        if (hide) {
            List<Item> kept = ordered.stream().filter(item -> wanted.score(named(item.entry())).any()).toList();
            if (kept.isEmpty() && part == Part.EXPERIENCE && !items.isEmpty()) {
                return List.of(ordered.getFirst());
            }
            return kept;
        }
        return ordered;
    }

    private Entry inside(Entry entry, Wanted wanted) {
        List<String> bullets = new ArrayList<>(entry.bullets());
        bullets.sort(Comparator.comparing(bullet -> wanted.score(named(bullet)), BEST_FIRST));
        List<Skill> skills = new ArrayList<>(entry.skills());
        skills.sort(Comparator.comparing(skill -> wanted.score(skill(skill.name())), BEST_FIRST));
        return new Entry(entry.title(), entry.organisation(), entry.place(), entry.dates(), entry.url(),
                entry.text(), bullets, skills);
    }

    private Score bestSkill(Entry entry, Wanted wanted) {
        Score group = entry.title() == null ? new Score(0, 0) : wanted.score(skill(entry.title()));
        return entry.skills().stream().map(skill -> wanted.score(skill(skill.name()))).min(BEST_FIRST)
                .filter(best -> BEST_FIRST.compare(best, group) < 0).orElse(group);
    }
}
