package com.qh.analysis.requirements;

import com.qh.analysis.match.ReadVacancy;
import com.qh.skills.Skill;
import com.qh.skills.SkillMention;
import com.qh.skills.SkillTaxonomy;
import com.qh.skills.requirements.Importance;
import com.qh.skills.requirements.RequiredSkill;
import com.qh.skills.requirements.Requirements;
import com.qh.skills.requirements.VacancyPart;
import com.qh.skills.requirements.VacancyReading;
import com.qh.skills.requirements.VacancySentence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds a model's requirements to the taxonomy's reading of a vacancy, keeping only what the vacancy's text shows:
 * a requirement is taken when its evidence occurs in the text (spacing, case, quotes and dashes aside), outside any
 * line that addresses a reader or a model with instructions ("ignore previous instructions ..."), inside a sentence
 * the taxonomy's reading has (not the employer's offer, not a heading), and when a taxonomy skill it names is also
 * named in that evidence. What the taxonomy found already stands as it found it; the model only adds skills it
 * missed, as a MUST or a PLUS line with the vacancy's sentence as the source. Plain Java, no Spring.
 */
final class RequirementMerge {

    /** Sentences that speak to a reader or a model instead of describing a job: their words are never evidence. */
    static final Pattern INSTRUCTION = Pattern.compile(
            "(ignore|disregard|forget|override)\\W+(all\\W+|any\\W+|the\\W+)?(previous|prior|above|earlier|preceding"
                    + "|your|these|those)\\W+(instructions?|prompts?|rules|directions|guidelines)"
                    + "|(system|developer)\\s+(prompt|message|instructions?)"
                    + "|\\byou\\s+are\\s+(now\\s+)?(an?\\s+)?(ai|assistant|language\\s+model|chatgpt|llm)\\b"
                    + "|\\bas\\s+an\\s+(ai|assistant|language\\s+model)\\b"
                    + "|(игнорируй|проигнорируй|забудь|отмени|не\\s+обращай\\s+внимания\\s+на)\\p{L}*\\s+(все\\s+|всё\\s+)?"
                    + "(предыдущ|прежн|вышеизложенн|вышеуказанн|эти|свои|данн)\\p{L}*\\s+(инструкц|указани|правил|установк)"
                    + "|системн\\p{L}*\\s+(промпт|подсказк|инструкц)"
                    + "|\\b(ты|вы)\\s+(теперь\\s+)?(-\\s+|—\\s+)?(ии|ассистент|языков\\p{L}*\\s+модел)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Why a model's requirement was not taken; counted for the log. */
    enum Dropped {
        /** No evidence given. */
        NO_EVIDENCE,
        /** The evidence is not in the vacancy's text: the model made it up or rewrote it. */
        NOT_IN_TEXT,
        /** The evidence lies in a line of instructions to a reader or a model. */
        INSTRUCTION,
        /** The evidence is outside the sentences that can ask anything (the offer, a heading). */
        OUTSIDE_REQUIREMENTS,
        /** The requirement names no taxonomy skill (a duty, a quality, years alone): the matcher cannot weigh it. */
        NOT_A_SKILL,
        /** The skill it names is not named in its evidence. */
        NOT_IN_EVIDENCE,
        /** The taxonomy's reading has the skill already. */
        KNOWN
    }

    /**
     * The merged reading.
     *
     * @param read    the vacancy read by the taxonomy with the model's skills added
     * @param added   the skills added, by name
     * @param dropped how many of the model's requirements were not taken, by reason
     */
    record Merged(ReadVacancy read, List<String> added, Map<Dropped, Integer> dropped) {
    }

    private RequirementMerge() {
    }

    static Merged merge(ReadVacancy offline, List<ModelRequirements.Item> items, SkillTaxonomy taxonomy) {
        String text = offline.vacancy().text();
        VacancyReading reading = offline.reading();
        Normalized normalized = Normalized.of(text);
        List<Located> sentences = locate(text, reading.sentences());
        List<int[]> instructions = instructionLines(text);
        SkillTaxonomy.Surroundings surroundings = taxonomy.surroundings(text);

        Set<Skill> known = new HashSet<>();
        reading.sentences().forEach(sentence -> sentence.skills().forEach(mention -> known.add(mention.skill())));
        Map<Dropped, Integer> dropped = new EnumMap<>(Dropped.class);
        // Additions grouped by the sentence they come from and their importance: one line of alternatives when a
        // sentence offers them, as the matcher reads its own sentences.
        Map<Located, Map<Importance, List<SkillMention>>> additions = new LinkedHashMap<>();
        Set<Skill> added = new LinkedHashSet<>();

        for (ModelRequirements.Item item : items) {
            Dropped why = null;
            String evidence = item.evidence() == null ? "" : cleanEvidence(item.evidence());
            int[] span = evidence.isEmpty() ? null : normalized.find(evidence);
            List<Located> holding = span == null ? List.of() : sentences.stream()
                    .filter(s -> s.start < span[1] && s.end > span[0]).toList();
            Set<Skill> named = item.requirement() == null ? Set.of() : named(item.requirement(), taxonomy);
            List<SkillMention> shown = new ArrayList<>();
            if (evidence.isEmpty()) {
                why = Dropped.NO_EVIDENCE;
            }
            else if (span == null) {
                why = Dropped.NOT_IN_TEXT;
            }
            else if (instructions.stream().anyMatch(line -> line[0] < span[1] && line[1] > span[0])) {
                why = Dropped.INSTRUCTION;
            }
            else if (holding.isEmpty()) {
                why = Dropped.OUTSIDE_REQUIREMENTS;
            }
            else if (named.isEmpty()) {
                why = Dropped.NOT_A_SKILL;
            }
            else {
                for (SkillMention mention : taxonomy.findIn(text.substring(span[0], span[1]), surroundings)) {
                    if (named.contains(mention.skill())) {
                        shown.add(new SkillMention(mention.skill(), mention.written(), span[0] + mention.start(),
                                span[0] + mention.end()));
                    }
                }
                if (shown.isEmpty()) {
                    why = Dropped.NOT_IN_EVIDENCE;
                }
            }
            if (why != null) {
                dropped.merge(why, 1, Integer::sum);
                continue;
            }
            Importance importance = item.importance() == ModelRequirements.Importance.PLUS ? Importance.NICE
                    : Importance.MUST;
            boolean any = false;
            for (SkillMention mention : shown) {
                if (known.contains(mention.skill()) || !added.add(mention.skill())) {
                    continue;
                }
                any = true;
                Located sentence = holding.stream().filter(s -> s.start <= mention.start() && s.end >= mention.end())
                        .findFirst().orElse(holding.getFirst());
                int start = Math.max(0, mention.start() - sentence.start);
                int end = Math.min(sentence.sentence.text().length(), Math.max(start, mention.end() - sentence.start));
                additions.computeIfAbsent(sentence, s -> new EnumMap<>(Importance.class))
                        .computeIfAbsent(importance, i -> new ArrayList<>())
                        .add(new SkillMention(mention.skill(), mention.written(), start, end));
            }
            if (!any) {
                dropped.merge(Dropped.KNOWN, 1, Integer::sum);
            }
        }
        if (added.isEmpty()) {
            return new Merged(offline, List.of(), dropped);
        }

        List<VacancySentence> merged = new ArrayList<>(reading.sentences());
        List<RequiredSkill> must = new ArrayList<>();
        List<RequiredSkill> nice = new ArrayList<>();
        reading.requirements().skills().forEach(s -> (s.importance() == Importance.MUST ? must : nice).add(s));
        additions.forEach((sentence, byImportance) -> byImportance.forEach((importance, mentions) -> {
            VacancyPart part = importance == Importance.MUST ? VacancyPart.REQUIREMENTS : VacancyPart.NICE_TO_HAVE;
            merged.add(new VacancySentence(sentence.sentence.text(), part, importance, mentions));
            for (SkillMention mention : mentions) {
                (importance == Importance.MUST ? must : nice).add(new RequiredSkill(mention.skill().name(),
                        mention.skill().category(), importance, sentence.sentence.text()));
            }
        }));
        List<RequiredSkill> skills = new ArrayList<>(must);
        skills.addAll(nice);
        Requirements requirements = reading.requirements();
        Requirements withModel = new Requirements(skills, requirements.experience(), requirements.education(),
                requirements.languages(), requirements.responsibilities(), requirements.taxonomyVersion());
        ReadVacancy read = new ReadVacancy(offline.vacancy(), new VacancyReading(withModel, merged));
        return new Merged(read, added.stream().map(Skill::name).toList(), dropped);
    }

    /** The taxonomy skills a requirement names: the whole of it as one name, else each name written in it. */
    private static Set<Skill> named(String requirement, SkillTaxonomy taxonomy) {
        Set<Skill> named = new LinkedHashSet<>();
        taxonomy.find(requirement).ifPresent(named::add);
        taxonomy.findIn(requirement).forEach(mention -> named.add(mention.skill()));
        return named;
    }

    /** The evidence without the marks a model adds around a quotation: quotes, a bullet, an ellipsis. */
    private static String cleanEvidence(String evidence) {
        return evidence.strip().replaceAll("^[\"'«»“”„*•\\-–—\\s]+|[\"'«»“”„\\s]+$", "")
                .replaceAll("(\\.\\.\\.|…)$", "").replaceAll("^(\\.\\.\\.|…)", "").strip();
    }

    /** A sentence of the reading with where it stands in the text. */
    private record Located(VacancySentence sentence, int start, int end) {
    }

    /** Each sentence found in the text in order (the reading keeps them as written, one line at a time). */
    private static List<Located> locate(String text, List<VacancySentence> sentences) {
        List<Located> located = new ArrayList<>();
        int cursor = 0;
        for (VacancySentence sentence : sentences) {
            String written = sentence.text();
            if (written.isBlank()) {
                continue;
            }
            int at = text.indexOf(written, cursor);
            if (at < 0) {
                at = text.indexOf(written);
            }
            if (at < 0) {
                continue;
            }
            located.add(new Located(sentence, at, at + written.length()));
            cursor = at + written.length();
        }
        return located;
    }

    /** The lines (start, end) that hold an instruction to a reader or a model. */
    private static List<int[]> instructionLines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (INSTRUCTION.matcher(text.substring(start, end)).find()) {
                lines.add(new int[] {start, end});
            }
            start = end + 1;
        }
        return lines;
    }

    /**
     * The text compared loosely: lower case, ё as е, every run of spaces one space, typographic quotes and dashes
     * as plain ones; with where each compared character came from, to map a find back to the text.
     */
    private record Normalized(String folded, int[] origin) {

        static Normalized of(String text) {
            StringBuilder folded = new StringBuilder(text.length());
            int[] origin = new int[text.length() + 1];
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = fold(text.charAt(i));
                if (Character.isWhitespace(c)) {
                    if (space || folded.isEmpty()) {
                        continue;
                    }
                    space = true;
                    c = ' ';
                }
                else {
                    space = false;
                }
                origin[folded.length()] = i;
                folded.append(c);
            }
            origin[folded.length()] = text.length();
            return new Normalized(folded.toString(), origin);
        }

        /** The span (start, end) of the text where {@code phrase} stands, or {@code null}. */
        int[] find(String phrase) {
            String wanted = of(phrase).folded.strip();
            if (wanted.isEmpty()) {
                return null;
            }
            int at = folded.indexOf(wanted);
            if (at < 0) {
                return null;
            }
            int last = at + wanted.length() - 1;
            return new int[] {origin[at], origin[last] + 1};
        }

        private static char fold(char c) {
            return switch (c) {
                case 'ё', 'Ё' -> 'е';
                case '«', '»', '“', '”', '„', '″' -> '"';
                case '‘', '’', '`' -> '\'';
                case '–', '—', '−', '‑' -> '-';
                case '\u00A0', '\u202F' -> ' ';
                default -> Character.toLowerCase(c);
            };
        }
    }
}
