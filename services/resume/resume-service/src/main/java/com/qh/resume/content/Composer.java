package com.qh.resume.content;

import com.qh.platform.web.FieldViolation;
import com.qh.rendering.ResumeDocument;
import com.qh.rendering.ResumeDocument.Entry;
import com.qh.rendering.ResumeDocument.Section;
import com.qh.rendering.ResumeDocument.Skill;
import com.qh.resume.content.Change.Kind;
import com.qh.resume.content.Design.SectionChoice;
import com.qh.resume.content.Material.Item;
import com.qh.resume.source.TargetVacancy;
import com.qh.skills.SkillGraph;
import com.qh.skills.SkillsInUse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Composes a resume: the profile read in the design's language, its parts and entries in the design's order and
 * visibility, then, with a target vacancy, tailored ({@link Tailor}) and compared with the untailored one. Thread-safe;
 * build one (loading the skill graph takes a moment). Over {@link SkillsInUse}, each resume is tailored with the
 * skills taxonomy release in use when it is composed.
 */
public final class Composer {

    private final Supplier<Tailor> tailors;

    /** A composer over one skill graph always (tests). */
    public Composer(SkillGraph graph) {
        Tailor tailor = new Tailor(graph);
        this.tailors = () -> tailor;
    }

    /** A composer over the skills taxonomy release in use, its tailoring made once per release. */
    public Composer(SkillsInUse skills) {
        this.tailors = skills.perRelease(Tailor::new);
    }

    /** The parts a resume shows, in order, and each part's entries. */
    private record Arrangement(List<Part> parts, Map<Part, List<Item>> items, String headline) {
    }

    /**
     * The resume of a design over a profile.
     *
     * @param profile the profile as the profile service answers it
     * @param vacancy the target vacancy, or null to compose the untailored resume
     * @throws EmptyProfileException when the profile has no name, or no experience, education or skills
     */
    public Composition compose(JsonNode profile, Design design, TargetVacancy vacancy) {
        Material material = new ProfileReader(design.lang(), design.dateStyle()).read(profile);
        requireEnough(material, design);
        String headline = design.headline() != null && !design.headline().isBlank() ? design.headline().strip()
                : material.headline();
        Arrangement base = arrange(material, design, headline);
        if (vacancy == null) {
            return new Composition(document(material, base), List.of(), null);
        }
        Tailor tailor = tailors.get();
        Tailor.Wanted wanted = tailor.wanted(vacancy);
        Map<Part, List<Item>> tailored = new EnumMap<>(Part.class);
        Set<String> rewritten = new LinkedHashSet<>();
        for (Part part : base.parts()) {
            List<Item> ordered = tailor.order(part, base.items().getOrDefault(part, List.of()), wanted,
                    design.tailoring().hides());
            tailored.put(part, ordered.stream().map(item -> rewritten(item, design.tailoring(), rewritten)).toList());
        }
        String target = design.tailoring().targetTitle() != null && !design.tailoring().targetTitle().isBlank()
                ? design.tailoring().targetTitle().strip() : blankToNull(vacancy.title());
        Arrangement after = new Arrangement(base.parts(), tailored, target != null ? target : headline);
        Set<com.qh.skills.Skill> named = new LinkedHashSet<>();
        for (List<Item> items : tailored.values()) {
            items.forEach(item -> named.addAll(tailor.named(item.entry())));
        }
        if (base.parts().contains(Part.SUMMARY)) {
            named.addAll(tailor.named(material.summary()));
        }
        Composition.Match match = new Composition.Match(wanted.met(named, true, false),
                wanted.met(named, false, true));
        return new Composition(document(material, after), changes(base, after, rewritten), match);
    }

    /**
     * An entry with the bullets the model rewrote for it, when the profile's bullets are still the ones rewritten
     * (in any order: tailoring may have reordered them); else as it is.
     */
    private static Item rewritten(Item item, Design.Tailoring tailoring, Set<String> rewritten) {
        Design.Rewrite rewrite = tailoring.rewrites().get(item.id());
        Entry entry = item.entry();
        if (rewrite == null || rewrite.to().isEmpty() || entry.bullets().size() != rewrite.from().size()
                || !new HashSet<>(entry.bullets()).equals(new HashSet<>(rewrite.from()))) {
            return item;
        }
        rewritten.add(item.id());
        return new Item(item.id(), new Entry(entry.title(), entry.organisation(), entry.place(), entry.dates(),
                entry.url(), entry.text(), rewrite.to(), entry.skills()));
    }

    /**
     * An entry whose bullet points a model may rewrite for a vacancy: a job or project the design shows.
     *
     * @param id the profile's entry id
     * @param title the role or project
     * @param organisation the employer, or null
     * @param bullets its bullet points in the design's language
     */
    public record Bullets(String id, String title, String organisation, List<String> bullets) {
    }

    /** The jobs and projects the design shows that have bullet points, in the design's language. */
    public List<Bullets> bullets(JsonNode profile, Design design) {
        Material material = new ProfileReader(design.lang(), design.dateStyle()).read(profile);
        Arrangement arrangement = arrange(material, design, material.headline());
        List<Bullets> bullets = new ArrayList<>();
        for (Part part : List.of(Part.EXPERIENCE, Part.PROJECTS)) {
            for (Item item : arrangement.items().getOrDefault(part, List.of())) {
                if (!item.entry().bullets().isEmpty()) {
                    bullets.add(new Bullets(item.id(), item.entry().title(), item.entry().organisation(),
                            item.entry().bullets()));
                }
            }
        }
        return bullets;
    }

    private static void requireEnough(Material material, Design design) {
        List<FieldViolation> missing = new ArrayList<>();
        if (material.name() == null) {
            missing.add(new FieldViolation("personal.firstName", "Your profile has no name"));
        }
        if (material.of(Part.EXPERIENCE).isEmpty() && material.of(Part.EDUCATION).isEmpty()
                && material.of(Part.SKILLS).isEmpty()) {
            missing.add(new FieldViolation("experience",
                    "Your profile has no experience, education or skills: add at least one"));
        }
        if (!missing.isEmpty()) {
            throw new EmptyProfileException("Your profile is too empty for a resume: "
                    + String.join("; ", missing.stream().map(FieldViolation::message).toList()) + ".", missing);
        }
    }

    private static Arrangement arrange(Material material, Design design, String headline) {
        List<Part> parts = new ArrayList<>();
        Map<Part, List<Item>> items = new EnumMap<>(Part.class);
        Set<Part> named = new LinkedHashSet<>();
        for (SectionChoice choice : design.sections()) {
            if (!named.add(choice.part())) {
                continue;
            }
            if (!choice.leftOut()) {
                parts.add(choice.part());
                items.put(choice.part(), arranged(material.of(choice.part()), choice));
            }
        }
        for (Part part : Part.values()) {
            if (!named.contains(part)) {
                parts.add(part);
                items.put(part, material.of(part));
            }
        }
        return new Arrangement(parts, items, headline);
    }

    private static List<Item> arranged(List<Item> items, SectionChoice choice) {
        Set<String> hidden = new LinkedHashSet<>(choice.hiddenEntries().stream().map(UUID::toString).toList());
        List<Item> ordered = new ArrayList<>();
        for (UUID id : choice.order()) {
            items.stream().filter(item -> item.id().equals(id.toString()) && !ordered.contains(item)).findFirst()
                    .ifPresent(ordered::add);
        }
        items.stream().filter(item -> !ordered.contains(item)).forEach(ordered::add);
        return ordered.stream().filter(item -> !hidden.contains(item.id())).toList();
    }

    private static ResumeDocument document(Material material, Arrangement arrangement) {
        List<Section> sections = new ArrayList<>();
        String summary = null;
        for (Part part : arrangement.parts()) {
            if (part == Part.SUMMARY) {
                summary = material.summary();
                continue;
            }
            List<Entry> entries = arrangement.items().getOrDefault(part, List.of()).stream().map(Item::entry)
                    .toList();
            if (part == Part.SKILLS) {
                entries = mergeSingles(entries);
            }
            if (!entries.isEmpty()) {
                sections.add(new Section(part.kind(), part.title(material.language()), entries));
            }
        }
        return new ResumeDocument(material.language(), material.name(), arrangement.headline(), material.contacts(),
                summary, sections);
    }

    /** Skills kept without a group, side by side in the profile, are printed as one list. */
    private static List<Entry> mergeSingles(List<Entry> entries) {
        List<Entry> merged = new ArrayList<>();
        List<Skill> singles = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.title() == null) {
                singles.addAll(entry.skills());
                continue;
            }
            if (!singles.isEmpty()) {
                merged.add(single(singles));
                singles = new ArrayList<>();
            }
            merged.add(entry);
        }
        if (!singles.isEmpty()) {
            merged.add(single(singles));
        }
        return merged;
    }

    private static Entry single(List<Skill> skills) {
        return new Entry(null, null, null, null, null, null, List.of(), skills);
    }

    private static List<Change> changes(Arrangement before, Arrangement after, Set<String> rewritten) {
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(before.headline(), after.headline())) {
            changes.add(new Change(Kind.TITLE_CHANGED, null, null, null, null, null, listOf(before.headline()),
                    listOf(after.headline())));
        }
        for (Part part : before.parts()) {
            List<Item> was = before.items().getOrDefault(part, List.of());
            List<Item> now = after.items().getOrDefault(part, List.of());
            List<String> nowIds = now.stream().map(Item::id).toList();
            if (part == Part.SKILLS) {
                List<String> skillsBefore = skillNames(was);
                List<String> skillsAfter = skillNames(now);
                if (!skillsBefore.equals(skillsAfter)) {
                    changes.add(new Change(Kind.SKILLS_REORDERED, part, null, null, null, null, skillsBefore,
                            skillsAfter));
                }
                continue;
            }
            for (int i = 0; i < was.size(); i++) {
                Item item = was.get(i);
                int to = nowIds.indexOf(item.id());
                String title = item.entry().title();
                if (to < 0) {
                    changes.add(new Change(Kind.ENTRY_HIDDEN, part, item.id(), title, i, null, null, null));
                    continue;
                }
                if (to != i) {
                    changes.add(new Change(Kind.ENTRY_MOVED, part, item.id(), title, i, to, null, null));
                }
                List<String> bulletsAfter = now.get(to).entry().bullets();
                if (!item.entry().bullets().equals(bulletsAfter)) {
                    changes.add(new Change(rewritten.contains(item.id()) ? Kind.BULLETS_REWRITTEN
                            : Kind.BULLETS_REORDERED, part, item.id(), title, null, null, item.entry().bullets(),
                            bulletsAfter));
                }
            }
        }
        return changes;
    }

    private static List<String> skillNames(List<Item> items) {
        List<String> names = new ArrayList<>();
        for (Item item : items) {
            item.entry().skills().forEach(skill -> names.add(skill.name()));
        }
        return names;
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
