package com.qh.skills.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.skills.Skill;
import com.qh.skills.SkillMention;
import com.qh.skills.SkillTaxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A probe, not a guard: would requirement phrases that no skill of the taxonomy resolves, kept as open requirements,
 * raise recall on professions nobody tuned on without costing the precision the issue asks for? Each sentence of a
 * vacancy outside its introduction and offer is cut at commas, brackets and conjunctions; asking words ("опыт работы
 * с", "knowledge of") are taken off the front and a trailing prepositional phrase off the end; a piece of one to four
 * content words ({@code -Dqh.open-phrases.max-words}) that a found skill does not cover is an open phrase. A label no
 * skill resolves counts as found when an open phrase shares at least half of their content stems (Dice ≥ 0.5); an
 * open phrase that matches no such label counts against precision. {@code -Dqh.open-phrases.verbs=true} drops pieces
 * led by a verb ("Design", «вести»); {@code -Dqh.open-phrases.bare=true} takes pieces only from sentences where the
 * taxonomy found nothing; {@code -Dqh.open-phrases.gate=0.7} only from vacancies where fewer than that share of the
 * sentences outside the introduction name a skill (a profession the taxonomy does not know).
 *
 * <p>What shipped instead is shown, not scored: the analysis service's match lists the requirement and duty sentences
 * in which nothing was read ({@code VacancyMatcher.unscored}); {@link #measuresHowManyUnresolvedLabelsTheUnscoredSentencesShow}
 * counts how many of the labels no skill resolves such sentences hold, by the same rule restated here (this module
 * cannot see the matcher): a sentence outside the introduction and offer, with no skill found, not the source of the
 * experience, education or a language, with six letters or more, not saying something is not needed.
 *
 * <p>Measured on the labelled set and the gap lists (held-out to held-out-10) only, never on the blind sets. Run with
 * {@code -Dqh.extraction.open-phrases=true}; the report goes to {@code target/open-phrases.txt}, and
 * docs/benchmarks.md records what it said.
 */
@EnabledIfSystemProperty(named = "qh.extraction.open-phrases", matches = "true")
class OpenPhraseProbeTest {

    private static final List<String> STUDIED_SETS = List.of("labelled", "held-out", "held-out-2", "held-out-3",
            "held-out-4", "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-9", "held-out-10");
    private static final Path REPORT = Path.of("target/open-phrases.txt");

    private static final SkillTaxonomy TAXONOMY = ProposedSkills.measured();
    private static final RequirementExtractor EXTRACTOR = new RequirementExtractor(TAXONOMY);

    private static final boolean NO_VERB_LED = Boolean.getBoolean("qh.open-phrases.verbs");
    private static final boolean ONLY_BARE_SENTENCES = Boolean.getBoolean("qh.open-phrases.bare");
    private static final double GATE = Double.parseDouble(System.getProperty("qh.open-phrases.gate", "1.01"));
    private static final int MAX_WORDS = Integer.getInteger("qh.open-phrases.max-words", 4);

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern CUT = Pattern.compile("[,;:()\\[\\]«»\"/•]|\\s[-–—]\\s|\\s(?:и|или|а также|and|or"
            + "|as well as|including|incl\\.|such as|e\\.g\\.|with|plus|либо|включая|в том числе|например)\\s", FLAGS);
    private static final Pattern ASKING_LEAD = Pattern.compile("^(?:опыт(?: работы)?(?: с| на| в| по)?"
            + "|знани[ея](?: основ)?|умени[ея]|навык(?:и|ов)?(?: работы)?(?: с| в)?|владени[ея]|понимани[ея]"
            + "|готовность(?: к)?|способность(?: к)?|наличие|experience(?: in| with| of)?|knowledge(?: of)?"
            + "|understanding(?: of)?|ability to|able to|proficiency(?: in| with)?|familiarity with|good|strong|solid"
            + "|excellent|proven|valid|own|basic|working|hands-on|confident|at least|минимум|хорош\\p{L}*"
            + "|уверенн\\p{L}*|базов\\p{L}*|отличн\\p{L}*|you|your|we|our|an?|the)\\s+", FLAGS);
    private static final Pattern TRAILING_PHRASE = Pattern.compile("\\s(?:to|on|in|at|for|from|so|when|within|across"
            + "|under|by|per|that|which|who|where|в|во|по|на|для|после|от|до|при|за|под|из|у|согласно"
            + "|которы\\p{L}*)\\s.*$", FLAGS);
    private static final Pattern RUSSIAN_VERB = Pattern.compile(
            "^\\p{L}+(ть|ться|ти|чь|ем|ешь|ете|ите|ают|яют|уют|ует|ает|яет|ишь|ит|ат|ят)(ся)?\\b", FLAGS);
    /** "Опыт работы не обязателен", "no experience needed", as {@code VacancyMatcher} reads them. */
    private static final Pattern ASKS_NOTHING = Pattern.compile("не обязател|не требует|без опыта|not (required|needed"
            + "|necessary|essential)|\\bno (previous |prior |relevant )?experience\\b[^.;]*\\b(needed|required|necessary)\\b",
            FLAGS);

    private static final Set<String> ENGLISH_VERBS = words("design build develop write ship use review mentor shape "
            + "lead manage maintain support work keep ensure provide help create deliver drive own run plan prepare "
            + "carry deal handle check make take give attend follow report monitor assist coordinate communicate "
            + "liaise train oversee complete record respond greet serve clean install repair inspect test operate "
            + "perform conduct analyse analyze identify implement improve set join collaborate partner apply assess "
            + "advise learn act ask answer book bring call collect fit load move order pack pick process sell sort "
            + "store track update visit welcome be have do get go come see");
    private static final Set<String> FUNCTION_WORDS = words("a an the of to in on at for and or with from by is are "
            + "be will you your we our us it its this that as not no any all и в во на с со по для от до из к у о об а "
            + "но или не что это как так же ли бы вы ваш мы наш");
    private static final Set<String> ASKING_WORDS = words("опыт работа работы знание умение навыки год года лет "
            + "experience years year work working knowledge skills ability day week required must ideally including "
            + "other related similar equivalent etc");

    /** A piece of a vacancy's text kept as an open requirement, with the stems it is compared by. */
    private record OpenPhrase(String text, Set<String> stems) {
    }

    @Test
    void measuresOpenPhrasesOnTheLabelledSetAndTheGapLists() throws IOException {
        StringBuilder report = new StringBuilder();
        int phrasesInAll = 0;
        for (String set : STUDIED_SETS) {
            int labels = 0;
            int foundByTaxonomy = 0;
            int skillsFound = 0;
            int phrases = 0;
            int phrasesRight = 0;
            int labelsFoundByPhrases = 0;
            StringBuilder details = new StringBuilder();
            for (LabelledVacancy vacancy : LabelledVacancy.all(Path.of("src/test/resources", set))) {
                Set<String> found = new HashSet<>();
                EXTRACTOR.extract(vacancy.text()).skills().forEach(skill -> found.add(skill.name()));
                skillsFound += found.size();
                List<String> allLabels = new ArrayList<>(vacancy.must());
                allLabels.addAll(vacancy.nice());
                Set<String> seen = new HashSet<>();
                List<Set<String>> unresolved = new ArrayList<>();
                for (String label : allLabels) {
                    Optional<Skill> skill = TAXONOMY.find(label);
                    if (!seen.add(skill.map(Skill::name).orElse("?" + label))) {
                        continue;
                    }
                    labels++;
                    if (skill.isEmpty()) {
                        unresolved.add(contentStems(label));
                    } else if (found.contains(skill.get().name())) {
                        foundByTaxonomy++;
                    }
                }
                List<OpenPhrase> open = openPhrases(vacancy.text());
                String lowerText = vacancy.text().toLowerCase(Locale.ROOT);
                open.forEach(phrase -> assertThat(lowerText).as(vacancy.file())
                        .contains(phrase.text().toLowerCase(Locale.ROOT)));
                phrases += open.size();
                boolean[] matched = new boolean[unresolved.size()];
                for (OpenPhrase phrase : open) {
                    boolean right = false;
                    for (int i = 0; i < unresolved.size(); i++) {
                        if (sharesHalfTheStems(unresolved.get(i), phrase.stems())) {
                            right = true;
                            matched[i] = true;
                        }
                    }
                    if (right) {
                        phrasesRight++;
                    } else {
                        details.append(vacancy.file()).append(" extra: ").append(phrase.text()).append('\n');
                    }
                }
                for (int i = 0; i < matched.length; i++) {
                    if (matched[i]) {
                        labelsFoundByPhrases++;
                    } else {
                        details.append(vacancy.file()).append(" missed: ").append(unresolved.get(i)).append('\n');
                    }
                }
            }
            phrasesInAll += phrases;
            report.append(String.format(Locale.ROOT, "%-12s labels %d, taxonomy %d (recall %.3f, found %d); open "
                            + "phrases %d, right %d; open hits %d -> recall %.3f, precision %.3f%n",
                    set, labels, foundByTaxonomy, (double) foundByTaxonomy / labels, skillsFound, phrases,
                    phrasesRight, labelsFoundByPhrases, (double) (foundByTaxonomy + labelsFoundByPhrases) / labels,
                    (double) (foundByTaxonomy + phrasesRight) / Math.max(1, skillsFound + phrases)));
            if (set.equals("labelled") || set.equals("held-out-10")) {
                report.append(details);
            }
        }
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        assertThat(phrasesInAll).as("open phrases over every set").isPositive();
    }

    @Test
    void measuresHowManyUnresolvedLabelsTheUnscoredSentencesShow() throws IOException {
        StringBuilder report = new StringBuilder();
        for (String set : STUDIED_SETS) {
            int vacancies = 0;
            int sentences = 0;
            int unresolved = 0;
            int shown = 0;
            for (LabelledVacancy vacancy : LabelledVacancy.all(Path.of("src/test/resources", set))) {
                vacancies++;
                List<String> unscored = unscoredSentences(vacancy.text());
                sentences += unscored.size();
                Set<String> keys = new HashSet<>();
                TAXONOMY.words(String.join(" ", unscored)).forEach(word -> keys.add(word.key()));
                List<String> labels = new ArrayList<>(vacancy.must());
                labels.addAll(vacancy.nice());
                for (String label : labels) {
                    if (TAXONOMY.find(label).isPresent()) {
                        continue;
                    }
                    unresolved++;
                    List<SkillTaxonomy.Word> words = TAXONOMY.words(label);
                    long held = words.stream().filter(word -> keys.contains(word.key())).count();
                    if (!words.isEmpty() && held * 2 >= words.size()) {
                        shown++;
                    }
                }
            }
            report.append(String.format(Locale.ROOT, "%-12s %d vacancies: %.1f unscored sentences a vacancy; labels no "
                    + "skill resolves %d, in an unscored sentence %d%n", set, vacancies, (double) sentences / vacancies,
                    unresolved, shown));
        }
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT.resolveSibling("unscored-sentences.txt"), report);
        assertThat(report).contains("held-out-10");
    }

    private static List<String> unscoredSentences(String text) {
        VacancyReading reading = EXTRACTOR.read(text);
        Requirements requirements = reading.requirements();
        Set<String> weighed = new HashSet<>();
        if (requirements.experience() != null) {
            weighed.add(requirements.experience().evidence());
        }
        if (requirements.education() != null) {
            weighed.add(requirements.education().evidence());
        }
        requirements.languages().forEach(language -> weighed.add(language.evidence()));
        List<String> unscored = new ArrayList<>();
        for (VacancySentence sentence : reading.sentences()) {
            String stripped = sentence.text().strip();
            if (sentence.part() != VacancyPart.OTHER && sentence.skills().isEmpty()
                    && !weighed.contains(sentence.text()) && stripped.codePoints().filter(Character::isLetter).count() >= 6
                    && !ASKS_NOTHING.matcher(stripped).find() && !unscored.contains(stripped)) {
                unscored.add(stripped);
            }
        }
        return unscored;
    }

    private static List<OpenPhrase> openPhrases(String text) {
        VacancyReading reading = EXTRACTOR.read(text);
        List<OpenPhrase> phrases = new ArrayList<>();
        long body = reading.sentences().stream().filter(s -> s.part() != VacancyPart.OTHER).count();
        long naming = reading.sentences().stream()
                .filter(s -> s.part() != VacancyPart.OTHER && !s.skills().isEmpty()).count();
        if (body == 0 || (double) naming / body >= GATE) {
            return phrases;
        }
        Set<Set<String>> seen = new HashSet<>();
        for (VacancySentence sentence : reading.sentences()) {
            if (sentence.part() == VacancyPart.OTHER || ONLY_BARE_SENTENCES && !sentence.skills().isEmpty()) {
                continue;
            }
            for (OpenPhrase phrase : piecesOf(sentence)) {
                if (seen.add(phrase.stems())) {
                    phrases.add(phrase);
                }
            }
        }
        return phrases;
    }

    private static List<OpenPhrase> piecesOf(VacancySentence sentence) {
        String text = sentence.text();
        boolean[] named = new boolean[text.length()];
        for (SkillMention mention : sentence.skills()) {
            for (int i = mention.start(); i < Math.min(mention.end(), named.length); i++) {
                named[i] = true;
            }
        }
        List<OpenPhrase> pieces = new ArrayList<>();
        Matcher cut = CUT.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            int to = cut.find() ? cut.start() : text.length();
            piece(text.substring(from, to), from, named).ifPresent(pieces::add);
            from = to == text.length() ? to + 1 : cut.end();
        }
        return pieces;
    }

    private static Optional<OpenPhrase> piece(String raw, int offset, boolean[] named) {
        String piece = raw.strip();
        offset += raw.indexOf(piece);
        for (Matcher lead = ASKING_LEAD.matcher(piece); lead.find(); lead = ASKING_LEAD.matcher(piece)) {
            offset += lead.end();
            piece = piece.substring(lead.end());
        }
        Matcher trailing = TRAILING_PHRASE.matcher(piece);
        if (trailing.find()) {
            piece = piece.substring(0, trailing.start());
        }
        if (piece.isBlank() || NO_VERB_LED && ledByAVerb(piece)) {
            return Optional.empty();
        }
        Set<String> stems = new LinkedHashSet<>();
        int content = 0;
        int inASkill = 0;
        for (SkillTaxonomy.Word word : TAXONOMY.words(piece)) {
            String written = word.written().toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(written) || word.key().chars().allMatch(Character::isDigit)) {
                continue;
            }
            content++;
            int at = offset + word.start();
            if (at < named.length && named[at]) {
                inASkill++;
            }
            if (!ASKING_WORDS.contains(written)) {
                stems.add(word.key());
            }
        }
        if (stems.isEmpty() || content > MAX_WORDS || inASkill * 2 >= content) {
            return Optional.empty();
        }
        return Optional.of(new OpenPhrase(piece, stems));
    }

    private static boolean ledByAVerb(String piece) {
        String first = piece.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return first.matches("[a-z'-]+") ? ENGLISH_VERBS.contains(first) : RUSSIAN_VERB.matcher(first).find();
    }

    private static Set<String> contentStems(String label) {
        Set<String> stems = new LinkedHashSet<>();
        for (SkillTaxonomy.Word word : TAXONOMY.words(label)) {
            if (!FUNCTION_WORDS.contains(word.written().toLowerCase(Locale.ROOT))) {
                stems.add(word.key());
            }
        }
        return stems;
    }

    private static boolean sharesHalfTheStems(Set<String> label, Set<String> phrase) {
        long common = label.stream().filter(phrase::contains).count();
        return common > 0 && 2.0 * common / (label.size() + phrase.size()) >= 0.5;
    }

    private static Set<String> words(String spaced) {
        return Set.copyOf(List.of(spaced.split(" ")));
    }
}
