package com.qh.analysis.match;

import com.qh.analysis.match.MatchResult.Evidence;
import com.qh.skills.Skill;
import com.qh.skills.SkillGraph;
import com.qh.skills.SkillMention;
import com.qh.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every line of a candidate's profile with the skills it names, read once per match, and where each skill (or a
 * skill implying it) shows up.
 */
final class ProfileIndex {

    /** Where a line sits; the order is how strong its evidence is, strongest first. */
    enum Source {
        WORK_TITLE, WORK_TEXT, SKILLS, CERTIFICATE, SUMMARY, EDUCATION, PROJECT;

        /** Study and side projects show a skill was learnt, not used at work. */
        boolean study() {
            return this == EDUCATION || this == PROJECT;
        }

        String section() {
            return switch (this) {
                case WORK_TITLE, WORK_TEXT -> "work";
                case SKILLS -> "skills";
                case CERTIFICATE -> "certificates";
                case SUMMARY -> "summary";
                case EDUCATION -> "education";
                case PROJECT -> "projects";
            };
        }
    }

    /**
     * One line of the profile; {@code job} is set for lines of a job; {@code learning} for a sentence that says the
     * skill is being learnt ("готовлюсь к экзамену NCLEX-RN", "currently learning Go").
     */
    record Item(Source source, String entryId, String text, Candidate.Job job, Set<Skill> skills, int order,
            boolean learning) {

        /** Shows a skill learnt rather than used. */
        boolean study() {
            return learning || source.study();
        }

        Evidence evidence() {
            return new Evidence(source.section(), entryId, text);
        }
    }

    /** Words saying a skill is being learnt, not yet used. */
    private static final Pattern LEARNING = Pattern.compile("готовлюсь к|изучаю|осваиваю|учу\\s|прохожу курс"
            + "|(?:currently|now|i am|i'm) (?:learning|studying)|preparing for|currently taking|planning to"
            + "|working towards?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");

    private final List<Item> items;
    private final Map<Skill, List<Item>> byImplied = new HashMap<>();
    private final Map<Skill, List<Item>> byDirect = new HashMap<>();

    private ProfileIndex(List<Item> items, SkillGraph graph) {
        this.items = items;
        for (Item item : items) {
            for (Skill skill : item.skills()) {
                byDirect.computeIfAbsent(skill, k -> new ArrayList<>()).add(item);
                for (Skill implied : graph.closure(skill)) {
                    List<Item> list = byImplied.computeIfAbsent(implied, k -> new ArrayList<>());
                    if (list.isEmpty() || list.getLast() != item) {
                        list.add(item);
                    }
                }
            }
        }
        Comparator<Item> strongestFirst = Comparator.comparing(Item::source).thenComparingInt(Item::order);
        byImplied.values().forEach(list -> list.sort(strongestFirst));
        byDirect.values().forEach(list -> list.sort(strongestFirst));
    }

    static ProfileIndex of(Candidate candidate, SkillGraph graph) {
        SkillTaxonomy taxonomy = graph.taxonomy();
        List<Item> items = new ArrayList<>();
        List<Candidate.Job> jobs = new ArrayList<>(candidate.work());
        // Most recent first, so evidence quotes the job a recruiter reads first.
        jobs.sort(Comparator.comparing(Candidate.Job::start, Comparator.nullsLast(Comparator.reverseOrder())));
        for (Candidate.Job job : jobs) {
            add(items, taxonomy, Source.WORK_TITLE, job.id(), job.title(), job);
            add(items, taxonomy, Source.WORK_TEXT, job.id(), job.summary(), job);
            for (String highlight : job.highlights()) {
                add(items, taxonomy, Source.WORK_TEXT, job.id(), highlight, job);
            }
        }
        for (Candidate.SkillGroup group : candidate.skills()) {
            for (String keyword : group.keywords()) {
                if (keyword == null || keyword.isBlank()) {
                    continue;
                }
                Set<Skill> skills = taxonomy.find(keyword).map(Set::of).orElseGet(() -> mentioned(taxonomy, keyword));
                items.add(new Item(Source.SKILLS, group.id(), keyword, null, skills, items.size(), false));
            }
        }
        for (Candidate.Certificate certificate : candidate.certificates()) {
            add(items, taxonomy, Source.CERTIFICATE, certificate.id(), certificate.name(), null);
        }
        add(items, taxonomy, Source.SUMMARY, null, candidate.headline(), null);
        add(items, taxonomy, Source.SUMMARY, null, candidate.summary(), null);
        for (Candidate.Study study : candidate.education()) {
            add(items, taxonomy, Source.EDUCATION, study.id(), study.area(), null);
            for (String course : study.courses()) {
                add(items, taxonomy, Source.EDUCATION, study.id(), course, null);
            }
        }
        for (Candidate.Project project : candidate.projects()) {
            add(items, taxonomy, Source.PROJECT, project.id(), project.name(), null);
            add(items, taxonomy, Source.PROJECT, project.id(), project.description(), null);
            for (String highlight : project.highlights()) {
                add(items, taxonomy, Source.PROJECT, project.id(), highlight, null);
            }
        }
        return new ProfileIndex(List.copyOf(items), graph);
    }

    private static void add(List<Item> items, SkillTaxonomy taxonomy, Source source, String entryId, String text,
            Candidate.Job job) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (!LEARNING.matcher(text).find()) {
            items.add(new Item(source, entryId, text.strip(), job, mentioned(taxonomy, text), items.size(), false));
            return;
        }
        for (String sentence : SENTENCE_END.split(text.strip())) {
            items.add(new Item(source, entryId, sentence, job, mentioned(taxonomy, sentence), items.size(),
                    LEARNING.matcher(sentence).find()));
        }
    }

    private static Set<Skill> mentioned(SkillTaxonomy taxonomy, String text) {
        Set<Skill> skills = new LinkedHashSet<>();
        for (SkillMention mention : taxonomy.findIn(text)) {
            skills.add(mention.skill());
        }
        return skills;
    }

    List<Item> items() {
        return items;
    }

    /** The lines naming the skill or a skill that implies it, strongest evidence first. */
    List<Item> showing(Skill skill) {
        return byImplied.getOrDefault(skill, List.of());
    }

    /** The lines naming the skill itself (by any alias), strongest evidence first. */
    List<Item> naming(Skill skill) {
        return byDirect.getOrDefault(skill, List.of());
    }

    /** Every skill named somewhere in the profile. */
    Set<Skill> named() {
        return byDirect.keySet();
    }
}
