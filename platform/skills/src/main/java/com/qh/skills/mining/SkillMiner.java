package com.qh.skills.mining;

import com.qh.skills.Skill;
import com.qh.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes skills and spellings the taxonomy lacks from what employers choose as key skills.
 *
 * <p>Every key skill the taxonomy cannot {@link SkillTaxonomy#find resolve} is a candidate. Key skills that differ
 * only in letter case, word endings or a version ({@code Ext JS}, {@code ExtJS 3}) are one candidate. A candidate
 * that resolves once the words around a name are set aside ({@code Знание MS Visio}, {@code Atlassian Jira 8},
 * {@code опыт работы с Oracle}) is a spelling of that skill ({@link SkillCandidate.Kind#ALIAS}); the rest are new
 * skills. Each comes with its evidence: how many vacancies list it, how many of those name it in the description
 * and in which spellings, the titles and professions it comes with, the known skills listed beside it, and a few of the vacancies
 * (by the ids the caller gave them, those that name it in the description first). Candidates listed by
 * fewer than {@code minVacancies} vacancies are left out: one employer's wording is not the market's.
 *
 * <p>Plain Java, no state between calls: a scheduled job can mine each day's imports, and an admin review queue can
 * show the candidates and, on acceptance, write {@link SkillCandidate#taxonomyLine()} into a new taxonomy release.
 */
public final class SkillMiner {

    /** How many titles, spellings and neighbouring skills a candidate keeps as evidence. */
    private static final int EVIDENCE = 5;

    /** Words around a name in a key skill that do not change which skill it is. */
    private static final Pattern FILLER = Pattern.compile("(?iu)^(знание|знания|опыт работы с|опыт работы в|опыт"
            + "|навыки работы с|навыки работы в|навыки|навык|умение работать с|умение работать в|работа с|работа в"
            + "|владение|уверенное владение|knowledge of|experience with|experience in|proficiency in|ms|microsoft"
            + "|atlassian|apache|adobe|google|ibm|sap|платформа|программа|система|язык|язык программирования)\\s+");
    private static final Pattern VERSION = Pattern.compile("(?u)\\s+(v?\\d+(\\.(\\d+|x))*\\+?|и выше|and above)$");
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");

    private final SkillTaxonomy taxonomy;
    private final int minVacancies;

    /** A miner that proposes what at least two vacancies list. */
    public SkillMiner(SkillTaxonomy taxonomy) {
        this(taxonomy, 2);
    }

    public SkillMiner(SkillTaxonomy taxonomy, int minVacancies) {
        if (minVacancies < 1) {
            throw new IllegalArgumentException("minVacancies must be at least 1");
        }
        this.taxonomy = taxonomy;
        this.minVacancies = minVacancies;
    }

    /** The candidates the vacancies give, the best supported first. */
    public List<SkillCandidate> mine(Collection<MarketVacancy> vacancies) {
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        for (MarketVacancy vacancy : vacancies) {
            Set<String> known = new LinkedHashSet<>();
            Map<String, String> unknown = new LinkedHashMap<>();
            for (String keySkill : vacancy.keySkills()) {
                String written = keySkill.strip().replaceAll("\\s+", " ");
                if (written.isEmpty()) {
                    continue;
                }
                Optional<Skill> skill = taxonomy.find(written);
                if (skill.isPresent()) {
                    known.add(skill.get().name());
                } else {
                    String identity = identity(written);
                    if (!identity.isEmpty()) {
                        unknown.putIfAbsent(identity, written);
                    }
                }
            }
            if (unknown.isEmpty()) {
                continue;
            }
            List<SkillTaxonomy.Word> description = taxonomy.words(vacancy.description());
            String title = title(vacancy.title());
            for (Map.Entry<String, String> candidate : unknown.entrySet()) {
                Evidence found = evidence.computeIfAbsent(candidate.getKey(), key -> new Evidence());
                found.vacancies++;
                found.keySpellings.merge(candidate.getValue(), 1, Integer::sum);
                if (!title.isEmpty()) {
                    found.titles.merge(title, 1, Integer::sum);
                }
                known.forEach(skill -> found.listedWith.merge(skill, 1, Integer::sum));
                vacancy.professions().stream().distinct()
                        .forEach(profession -> found.professions.merge(profession, 1, Integer::sum));
                String inText = writtenIn(vacancy.description(), description, candidate.getKey());
                if (inText != null) {
                    found.named++;
                    found.textSpellings.merge(inText, 1, Integer::sum);
                }
                found.example(vacancy.id(), inText != null);
            }
        }
        List<SkillCandidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Evidence> entry : evidence.entrySet()) {
            Evidence found = entry.getValue();
            if (found.vacancies < minVacancies) {
                continue;
            }
            String name = mostFrequent(found.keySpellings);
            Map<String, Integer> spellings = new LinkedHashMap<>(top(found.keySpellings));
            top(found.textSpellings).forEach((spelling, count) -> spellings.merge(spelling, count, Integer::sum));
            Optional<Skill> existing = spellings.keySet().stream().map(this::relaxed).flatMap(Optional::stream)
                    .findFirst();
            candidates.add(new SkillCandidate(entry.getKey(), name,
                    existing.isPresent() ? SkillCandidate.Kind.ALIAS : SkillCandidate.Kind.NEW_SKILL,
                    existing.map(Skill::name).orElse(null), found.vacancies, found.named, spellings,
                    top(found.titles), top(found.listedWith), top(found.professions), found.examples()));
        }
        candidates.sort(Comparator.comparingInt(SkillCandidate::vacancies).reversed()
                .thenComparing(Comparator.comparingInt(SkillCandidate::namedInDescriptions).reversed())
                .thenComparing(SkillCandidate::name));
        return candidates;
    }

    /** Key skills that are one skill to the matcher (letter case, word endings, a version) are one candidate. */
    private String identity(String written) {
        String bare = VERSION.matcher(BRACKETS.matcher(written).replaceAll("")).replaceAll("");
        return String.join(" ", taxonomy.words(bare).stream().map(SkillTaxonomy.Word::key).toList());
    }

    /** The skill a key skill names once filler words, brackets and versions around it are set aside. */
    private Optional<Skill> relaxed(String written) {
        String previous;
        String bare = BRACKETS.matcher(written).replaceAll("").strip();
        do {
            previous = bare;
            bare = VERSION.matcher(FILLER.matcher(bare).replaceFirst("")).replaceAll("").strip();
        } while (!bare.equals(previous) && !bare.isEmpty());
        return bare.isEmpty() || bare.equals(written) ? Optional.empty() : taxonomy.find(bare);
    }

    /**
     * How the description writes the key skill, when it does: its words (without a version) in a row, in any form.
     */
    private static String writtenIn(String text, List<SkillTaxonomy.Word> description, String identity) {
        List<String> wanted = List.of(identity.split(" "));
        for (int i = 0; i + wanted.size() <= description.size(); i++) {
            boolean same = true;
            for (int k = 0; k < wanted.size() && same; k++) {
                same = description.get(i + k).key().equals(wanted.get(k));
            }
            if (same) {
                return text.substring(description.get(i).start(), description.get(i + wanted.size() - 1).end());
            }
        }
        return null;
    }

    private static String title(String title) {
        return BRACKETS.matcher(title).replaceAll("").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static Map<String, Integer> top(Map<String, Integer> counts) {
        Map<String, Integer> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(EVIDENCE)
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return top;
    }

    private static final class Evidence {
        int vacancies;
        int named;
        final Map<String, Integer> keySpellings = new HashMap<>();
        final Map<String, Integer> textSpellings = new HashMap<>();
        final Map<String, Integer> titles = new HashMap<>();
        final Map<String, Integer> listedWith = new HashMap<>();
        final Map<String, Integer> professions = new HashMap<>();
        /** Vacancies that name it in their description, then the others, each list kept to {@link #EVIDENCE}. */
        final List<String> namingIt = new ArrayList<>();
        final List<String> listingIt = new ArrayList<>();

        void example(String id, boolean named) {
            List<String> into = named ? namingIt : listingIt;
            if (id != null && into.size() < EVIDENCE) {
                into.add(id);
            }
        }

        List<String> examples() {
            List<String> examples = new ArrayList<>(namingIt);
            listingIt.stream().limit(EVIDENCE - examples.size()).forEach(examples::add);
            return examples;
        }
    }
}
