package com.qh.ai.factcheck;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades written beside the word that says what is graded, in either language and in any of their spellings: a
 * figure («5 разряд», "Level 2"), a Roman figure ("Group IV") or an ordinal word («шестой разряд», «второго уровня»,
 * "third class"). «Уровень» and "level", «разряд» and "grade" are one noun, so a Russian letter's «второго уровня»
 * meets a profile's "Level 2".
 */
final class Grades {

    private static final Pattern ROMAN = Pattern.compile("I{1,3}|IV|V|VI{1,3}|IX|X");
    private static final Pattern RU_ORDINAL = Pattern.compile("(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)"
            + "(?:ый|ой|ая|ое|ого|ому|ую|ым|ом|ий|ья|ье|ьего|ьему|ью|ьим|ьем|ьей|ей|ые|ых|ыми)");
    private static final String[] RU_STEMS = {"перв", "втор", "трет", "четв", "пят", "шест", "седьм", "восьм", "девят",
            "десят"};
    private static final String[] EN_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth"};

    private Grades() {
    }

    /** What a grade noun grades ("LEVEL" for «уровня» and "Level"), or {@code null} for any other word. */
    static String noun(String raw) {
        String w = Words.lower(raw);
        if (w.startsWith("уровн") || w.equals("level") || w.equals("levels") || w.startsWith("ступен")) {
            return "LEVEL";
        }
        if (w.startsWith("разряд") || w.equals("grade")) {
            return "GRADE";
        }
        if (w.startsWith("класс") && w.length() <= 7 || w.equals("class")) {
            return "CLASS";
        }
        if (w.startsWith("категори") || w.equals("category")) {
            return "CATEGORY";
        }
        if (w.startsWith("групп") && w.length() <= 7 || w.equals("group")) {
            return "GROUP";
        }
        return null;
    }

    /** The grade a word writes (a figure up to 20, a Roman figure, an ordinal word), or -1. */
    static int value(String raw) {
        if (raw.length() <= 2 && raw.chars().allMatch(Character::isDigit)) {
            int v = Integer.parseInt(raw);
            return v >= 1 && v <= 20 ? v : -1;
        }
        if (ROMAN.matcher(raw).matches()) {
            return roman(raw);
        }
        return ordinal(raw);
    }

    /** The grade an ordinal word writes («шестой», «второго», "third"), or -1; not a figure or a Roman one. */
    static int ordinal(String raw) {
        String w = Words.lower(raw);
        Matcher m = RU_ORDINAL.matcher(w);
        if (m.matches()) {
            for (int i = 0; i < RU_STEMS.length; i++) {
                if (m.group(1).startsWith(RU_STEMS[i])) {
                    return i + 1;
                }
            }
        }
        for (int i = 0; i < EN_ORDINALS.length; i++) {
            if (EN_ORDINALS[i].equals(w)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int roman(String r) {
        return switch (r) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            case "IV" -> 4;
            case "V" -> 5;
            case "VI" -> 6;
            case "VII" -> 7;
            case "VIII" -> 8;
            case "IX" -> 9;
            default -> 10;
        };
    }
}
