package com.qh.analysis.match;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a spoken language and its level as people write them in a profile, into an ISO code and a CEFR rank. */
final class Languages {

    private static final Map<Pattern, String> NAMES = new LinkedHashMap<>();
    private static final Pattern CEFR = Pattern.compile("(?<![\\p{L}\\d])([ABCАВС])\\s?([12])(?!\\d)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Level words, most specific first: "upper-intermediate" must not read as "intermediate". */
    private static final Map<Pattern, Integer> LEVEL_WORDS = new LinkedHashMap<>();

    static {
        name("en", "english|английск|англ\\.?$");
        name("ru", "russian|русск");
        name("de", "german|deutsch|немецк");
        name("fr", "french|français|французск");
        name("es", "spanish|español|испанск");
        name("it", "italian|итальянск");
        name("pt", "portuguese|португальск");
        name("zh", "chinese|mandarin|китайск");
        name("ja", "japanese|японск");
        name("ko", "korean|корейск");
        name("pl", "polish|польск");
        name("tr", "turkish|турецк");
        name("ar", "arabic|арабск");
        name("uk", "ukrainian|украинск");
        name("kk", "kazakh|казахск");
        name("sr", "serbian|сербск");
        name("vi", "vietnamese|вьетнамск");
        name("ta", "tamil|тамильск");
        name("hi", "hindi|хинди");
        level("native|родно|носитель|bilingual|mother tongue|первый язык", 6);
        level("full professional|fluent|свободн|proficien|advanced|продвинут", 5);
        level("upper[- ]?intermediate|выше средн|professional working", 4);
        level("pre[- ]?intermediate|ниже средн", 2);
        level("intermediate|средн|conversational|разговорн|limited working|working knowledge", 3);
        level("elementary|basic|базов|начальн|beginner|элементарн|со словарём|со словарем", 1);
    }

    private Languages() {
    }

    private static void name(String code, String regex) {
        NAMES.put(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), code);
    }

    private static void level(String regex, int rank) {
        LEVEL_WORDS.put(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), rank);
    }

    /** The ISO 639-1 code of a language's name in English or Russian, or {@code null}. */
    static String code(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("[a-z]{2}")) {
            return lower;
        }
        for (Map.Entry<Pattern, String> entry : NAMES.entrySet()) {
            if (entry.getKey().matcher(lower).find()) {
                return entry.getValue();
            }
        }
        return null;
    }

    /**
     * The level as a rank, A1 = 1 … C2 = 6 (a native speaker counts as C2); {@code 0} when it says nothing readable.
     * A CEFR level written out wins over words around it ("B1 Intermediate").
     */
    static int rank(String level) {
        if (level == null || level.isBlank()) {
            return 0;
        }
        Matcher cefr = CEFR.matcher(level.toUpperCase(Locale.ROOT));
        if (cefr.find()) {
            return rankOf(cefr.group(1) + cefr.group(2));
        }
        for (Map.Entry<Pattern, Integer> entry : LEVEL_WORDS.entrySet()) {
            if (entry.getKey().matcher(level).find()) {
                return entry.getValue();
            }
        }
        return 0;
    }

    /** A1 = 1 … C2 = 6, Cyrillic letters read as Latin; {@code 0} for anything else. */
    static int rankOf(String cefr) {
        if (cefr == null || cefr.length() != 2) {
            return 0;
        }
        char letter = switch (Character.toUpperCase(cefr.charAt(0))) {
            case 'A', 'А' -> 'A';
            case 'B', 'В' -> 'B';
            case 'C', 'С' -> 'C';
            default -> '?';
        };
        int step = cefr.charAt(1) - '0';
        if (letter == '?' || step < 1 || step > 2) {
            return 0;
        }
        return (letter - 'A') * 2 + step;
    }

    static String cefrOf(int rank) {
        return rank < 1 ? "?" : "" + (char) ('A' + (rank - 1) / 2) + ((rank - 1) % 2 + 1);
    }
}
