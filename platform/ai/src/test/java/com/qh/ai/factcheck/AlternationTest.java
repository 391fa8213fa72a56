package com.qh.ai.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An {@link Alternation} finds exactly what its whole pattern finds, only trying fewer alternatives. */
class AlternationTest {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void findsWhatTheWholePatternFindsInEveryLabelledText() throws IllegalAccessException {
        List<Alternation> constants = constants();
        List<String> texts = labelledTexts();
        int matches = 0;
        for (Alternation a : constants) {
            for (String text : texts) {
                List<String> expected = wholePattern(a.pattern(), text);
                assertThat(scanned(a, text)).as(a.pattern().pattern()).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(1_000);
    }

    @Test
    void findsWhatTheWholePatternFindsInTextsMadeOfEachConstantsOwnLettersInEveryCase()
            throws IllegalAccessException {
        Random random = new Random(16);
        for (Alternation a : constants()) {
            // the regex's own characters in every case form the engine folds, with spaces, digits and punctuation
            StringBuilder alphabet = new StringBuilder(" ,.-'’«»\n0123456789");
            a.pattern().pattern().chars().filter(Character::isLetter).distinct().forEach(c -> alphabet
                    .appendCodePoint(c).appendCodePoint(Character.toUpperCase(c)).appendCodePoint(Character.toLowerCase(c)));
            alphabet.append("\u212A\u017F\u0130\u0131");
            for (int n = 0; n < 300; n++) {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(40);
                for (int k = 0; k < length; k++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String t = text.toString();
                assertThat(scanned(a, t)).as(a.pattern().pattern() + " on " + t).isEqualTo(wholePattern(a.pattern(), t));
            }
        }
    }

    /** {@code foundNear}, the other shortcut: two patterns run only around their words find what find() finds. */
    @Test
    void findsNearTheirWordsWhatTheWholePatternsFind() throws ReflectiveOperationException {
        int matches = 0;
        for (String[] use : new String[][] {{"RU_INSTITUTION", "INSTITUTION_KINDS", "160", "80"},
                {"SKILL_CUE", "SKILL_CUE_WORDS", "16", "80"}}) {
            Pattern p = (Pattern) constant(use[0]);
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) constant(use[1]);
            for (String text : labelledTexts()) {
                List<String> near = new ArrayList<>();
                for (java.util.regex.MatchResult r : FactChecker.foundNear(p, text, Words.lowerKeepingLength(text), words,
                        Integer.parseInt(use[2]), Integer.parseInt(use[3]))) {
                    near.add(describe(r.start(), r.end(), r));
                }
                List<String> expected = wholePattern(p, text);
                assertThat(near).as(use[0] + " in " + text).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(100);
    }

    private static Object constant(String name) throws ReflectiveOperationException {
        Field f = FactChecker.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }

    @Test
    void keepsTheWrittenOrderOfAlternativesThatShareAFirstLetter() {
        Alternation a = Alternation.compile("(?<![\\p{L}])(?:cert|certified|certificate)", CI);
        assertThat(scanned(a, "Certified, CERTIFICATE; cert")).containsExactly("0-4", "11-15", "24-28");
    }

    @Test
    void foldsCaseAsTheEngineDoes() {
        Alternation a = Alternation.compile("(?:kelvin|straße|ёлка)", CI);
        String text = "\u212Aelvin, STRASSE, Straße, ЁЛКА";
        assertThat(scanned(a, text)).isEqualTo(wholePattern(a.pattern(), text)).hasSize(3);
    }

    @Test
    void triesEverywhereWhatItCannotReadAndWhatFollowsLookarounds() {
        Alternation a = Alternation.compile("(?<![\\p{L}])(?:you|(?:(?<=в\\s)|(?<!\\p{L}\\s))требовани\\p{L}*|"
                + "\\p{Lu}{2,}|(?:the\\s+)?role|[A-C]\\d|x?y)(?![\\p{L}])", CI);
        for (String text : List.of("в требованиях вы", "по требованиям", "Требования: the role, role, B2, a1, XY, y",
                "ATS and you", "")) {
            assertThat(scanned(a, text)).as(text).isEqualTo(wholePattern(a.pattern(), text));
        }
    }

    @Test
    void keepsGroupsOutsideTheAlternativesAndAMatchOfNothing() {
        Alternation groups = Alternation.compile("(?:at|with|в)\\s+(\\p{Lu}\\p{L}+)");
        String text = "at Arup, with Network Rail, в Сбере";
        assertThat(scanned(groups, text)).isEqualTo(wholePattern(groups.pattern(), text)).hasSize(3);
        Alternation empty = Alternation.compile("a|b*");
        assertThat(scanned(empty, "cab")).isEqualTo(wholePattern(empty.pattern(), "cab"));
    }

    @Test
    void refusesWhatItCannotFindFaithfully() {
        Stream.of("(?:a(b)|c)", "(a|b)", "(?:a|b)+", "abc", "(?:a|\\1b)", "(?:a|(?i)b|c)", "(?i)a|b")
                .forEach(regex -> assertThatThrownBy(() -> Alternation.compile(regex))
                        .as(regex).isInstanceOf(IllegalArgumentException.class));
        Stream.of(Pattern.COMMENTS, Pattern.LITERAL, Pattern.UNICODE_CHARACTER_CLASS, Pattern.CANON_EQ)
                .forEach(flag -> assertThatThrownBy(() -> Alternation.compile("(?:a|b)", flag))
                        .as("flag " + flag).isInstanceOf(IllegalArgumentException.class));
    }

    @Test
    void triesEverywhereARangeWithAnEscapedEnd() {
        for (String regex : List.of("(?:[\\.-9]x|ab)", "(?:[!-\\/]x|ab)")) {
            Alternation a = Alternation.compile(regex);
            for (String text : List.of("5x", "/x", "ab", "0x ab")) {
                assertThat(scanned(a, text)).as(regex + " on " + text).isEqualTo(wholePattern(a.pattern(), text));
            }
        }
        assertThat(scanned(Alternation.compile("(?:[\\.-9]x|ab)"), "5x")).containsExactly("0-2");
        assertThat(scanned(Alternation.compile("(?:[!-\\/]x|ab)"), "/x")).containsExactly("0-2");
    }

    /** Every text and vacancy of the studied labelled sets (the blind ones left out). */
    private static List<String> labelledTexts() {
        List<String> texts = new ArrayList<>();
        for (String set : List.of("dev", "cases", "blind-2", "blind-3", "blind-4", "blind-5", "blind-6", "blind-7",
                "blind-8", "blind-9", "blind-10")) {
            for (LabelledSet.Case c : LabelledSet.load(set)) {
                texts.add(c.text());
                if (c.evidence().target() != null && c.evidence().target().vacancyText() != null) {
                    texts.add(c.evidence().target().vacancyText());
                }
            }
        }
        return texts;
    }

    /** Every Alternation constant of the checker, each named: a new one joins the comparisons above. */
    private static List<Alternation> constants() throws IllegalAccessException {
        List<Alternation> constants = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Field f : FactChecker.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Alternation.class) {
                f.setAccessible(true);
                constants.add((Alternation) f.get(null));
                names.add(f.getName());
            }
        }
        assertThat(names).contains("CERT_CUE", "KNOWN_CERTS", "KNOWN_EMPLOYERS", "REQUIREMENT", "LEARNING", "NEGATION",
                "LANGUAGE_NAME", "EN_SCHOOL", "RU_SCHOOL", "APPLYING", "ACCEPTING", "MORE", "ABOUT",
                "EDUCATION_CONTEXT", "LAST");
        return constants;
    }

    private static List<String> wholePattern(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(describe(m.start(), m.end(), m));
        }
        return found;
    }

    private static List<String> scanned(Alternation a, String text) {
        List<String> found = new ArrayList<>();
        Alternation.Scan s = a.scan(text);
        while (s.find()) {
            found.add(describe(s.start(), s.end(), s));
        }
        return found;
    }

    private static String describe(int start, int end, java.util.regex.MatchResult m) {
        StringBuilder d = new StringBuilder().append(start).append('-').append(end);
        for (int g = 1; g <= m.groupCount(); g++) {
            d.append(" [").append(m.start(g)).append(',').append(m.end(g)).append(']');
        }
        return d.toString();
    }
}
