package com.qh.letter.drafting;

import com.qh.rendering.Language;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The small text operations the engine needs, in both languages. */
final class Texts {

    private static final Pattern RU_PAST_VERB = Pattern.compile("[А-ЯЁ][а-яё]+(л|ла|ло|ли|лся|лась|лось|лись)");
    private static final Set<String> RU_NOT_VERBS = Set.of("Персонал", "Материал", "Капитал", "Сигнал", "Канал",
            "Портал", "Интервал", "Потенциал", "Финал", "Журнал", "Арсенал", "Терминал", "Ритуал", "Филиал",
            "Профиль", "Модули", "Зали", "Нули", "Роли", "Цели", "Модели", "Дали", "Жили", "Были");
    private static final Pattern RU_PRESENT_VERB = Pattern.compile("[А-ЯЁ][а-яё]{2,}(ю|у)");
    private static final Set<String> EN_NOT_VERB_STARTS = Set.of("A", "An", "The", "Our", "My", "Over", "Up", "More",
            "Most", "Top", "First", "Only", "Winner", "Member", "Part", "Key", "Main", "Responsible", "Experience",
            "Successful", "Award", "Certified", "Fluent");
    private static final Pattern EN_NOUN_ENDING = Pattern.compile("[A-Za-z]+(tion|ment|ness|ity|ing|ship|ance|ence)");
    private static final Pattern EN_PAST_VERB = Pattern.compile("[A-Z][a-z]+ed");
    private static final Set<String> EN_IRREGULAR = Set.copyOf(java.util.List.of("Built", "Led", "Ran", "Wrote", "Made", "Cut", "Grew",
            "Set", "Took", "Won", "Taught", "Sold", "Brought", "Drove", "Began", "Kept", "Held", "Found", "Gave",
            "Spent", "Rebuilt", "Rewrote", "Oversaw", "Undertook", "Upheld", "Chose", "Sent", "Dealt", "Got", "Put",
            "Shot", "Drew", "Spoke", "Taught", "Thought", "Bought", "Met", "Stood", "Overhauled", "Shipped", "Split",
            "Rolled", "Hired", "Trained", "Cut", "Hit", "Beat", "Read", "Ran", "Flew", "Caught", "Fought", "Broke"));
    private static final Set<String> EN_NOT_VERBS = Set.of("Speed", "Need", "Seed", "Feed", "Bed", "Red", "Shed");

    private Texts() {
    }

    /** The first letter in upper case, unless the word is written with capitals inside ({@code iOS}). */
    static String capitalise(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** The first letter in lower case, unless the first word is an abbreviation or a name with capitals in it. */
    static String decapitalise(String text) {
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return text;
        }
        if (text.length() > 1 && !Character.isLowerCase(text.charAt(1))) {
            return text;
        }
        int wordEnd = 0;
        while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
            wordEnd++;
        }
        for (int i = 1; i < wordEnd; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return text;
            }
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /** The text without the full stop, semicolon or spaces it ends with. */
    static String unterminated(String text) {
        String t = text.strip();
        while (!t.isEmpty() && ".;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** The first word of a text. */
    static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(0, end);
    }

    /**
     * Whether an achievement opens with the writer's own past-tense verb ("Built …", «Перевёл …»), so that it
     * reads on after "I" / «я».
     */
    static boolean opensWithVerb(String text, Language language) {
        String word = firstWord(text.strip());
        if (word.isEmpty()) {
            return false;
        }
        if (language == Language.RU) {
            return (RU_PAST_VERB.matcher(word).matches() || RU_PRESENT_VERB.matcher(word).matches())
                    && !RU_NOT_VERBS.contains(word);
        }
        if ((EN_PAST_VERB.matcher(word).matches() && !EN_NOT_VERBS.contains(word)) || EN_IRREGULAR.contains(word)) {
            return true;
        }
        // English achievements open with a verb, past or present ("Use …", "Coordinate …"), unless they open
        // with an article, a number or a noun.
        String rest = text.strip().substring(word.length());
        return Character.isUpperCase(word.charAt(0)) && word.length() > 1 && Character.isLowerCase(word.charAt(1))
                && !EN_NOT_VERB_STARTS.contains(word) && !EN_NOUN_ENDING.matcher(word).matches()
                && !word.endsWith("s") && !rest.startsWith(":");
    }

    /** Whether the text opens with the writer themselves ("I …", «Я …»). */
    static boolean opensWithI(String text) {
        String t = text.strip();
        return t.startsWith("I ") || t.startsWith("Я ");
    }

    private static final Pattern LEGAL_FORM = Pattern.compile("(ООО|АО|ПАО|ЗАО|ОАО|ИП|НКО|ФГУП|ГУП|МУП|ГБУ|ГАУ)\\s.*");

    /**
     * A company name as a Russian sentence carries it after «компании»: a Cyrillic name in «ёлочках», a name with
     * quotes inside wrapped once more with the inner ones as „лапки“ («Студия „Пиксель“»), a name that is quoted
     * already or starts with its legal form (ООО «Альфа») as written, a Latin name bare.
     */
    static String quoted(String name, Language language) {
        String n = name.strip();
        if (language != Language.RU || n.startsWith("«") && n.endsWith("»") || LEGAL_FORM.matcher(n).matches()
                || n.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return n;
        }
        return "«" + n.replace('«', '„').replace('»', '“').replace("\"", "") + "»";
    }

    private static final List<String> DECLINED_TYPES = List.of("Школа", "Клиника", "Поликлиника", "Больница",
            "Гимназия", "Академия", "Студия", "Лаборатория", "Фабрика", "Типография", "Аптека", "Библиотека");

    /**
     * An organisation as a Russian sentence names it after «в» or «полезен» (prepositional and dative alike): an
     * abbreviation or legal form first (ГКБ № 15, ООО «Альфа») as written; a school, clinic or studio by declining
     * that first word (Школе № 1535, Клинике «Здоровье»); anything else as «компании …» with the name quoted.
     */
    static String organisation(String name) {
        String n = name.strip();
        String first = firstWord(n);
        if (first.length() >= 2 && first.codePoints().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                && Character.UnicodeScript.of(first.codePointAt(0)) == Character.UnicodeScript.CYRILLIC) {
            return n;
        }
        if (DECLINED_TYPES.contains(first) && n.length() > first.length()) {
            String declined = first.endsWith("ия") ? first.substring(0, first.length() - 1) + "и"
                    : first.substring(0, first.length() - 1) + "е";
            return declined + n.substring(first.length());
        }
        return "компании " + quoted(n, Language.RU);
    }

    /**
     * A skill's name as it reads inside a sentence: a phrase of ordinary words loses its capital ("Customs
     * clearance", «Налог на прибыль»), a name does not ("Salesforce", "Google Ads", «Яндекс Директ»).
     */
    static String commonNoun(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return name;
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))) {
                return name;
            }
        }
        return decapitalise(name);
    }

    /** "A, B and C" / «A, B и C». */
    static String list(List<String> items, Language language) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        String and = language == Language.RU ? " и " : " and ";
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.getLast();
    }

    /** "a" or "an" before a word, by its first letter. */
    static String article(String word) {
        if (word.isEmpty()) {
            return "a";
        }
        char c = Character.toLowerCase(word.charAt(0));
        return "aeio".indexOf(c) >= 0 ? "an" : "a";
    }

    /** Whether the text has a digit: an achievement with a number in it. */
    static boolean hasNumber(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    /** Whether the text is mostly Cyrillic. */
    static boolean mostlyCyrillic(String text) {
        long cyrillic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                .count();
        long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        return cyrillic > latin;
    }
}
