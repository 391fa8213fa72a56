package com.qh.skills.requirements;

import com.qh.skills.SkillMention;
import com.qh.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a vacancy asks for from its plain text, in Russian or English.
 *
 * <p>The text is read line by line. Headings such as «Требования», «Будет плюсом», "Responsibilities" or
 * "We offer" open sections; a skill under a nice-to-have heading, or in a sentence that calls it a plus
 * («будет плюсом», "is a plus"), is {@link Importance#NICE}; a skill named under what the employer offers is not
 * asked for at all; nor is one in the introduction of a text that has sections (the company's own business); every
 * other skill is {@link Importance#MUST}. A {@link com.qh.skills.Skill#broad broad} skill ("logistics") counts
 * only under requirements or in a sentence that asks for it ("опыт в логистике"). Years of experience, education and languages are
 * read by patterns from sentences outside the offer. Safe to share between threads.
 */
public final class RequirementExtractor {

    private static final Pattern BULLET = regex("^\\s*(?:[-–—•·*▪●◦►✓✔➢]|\\d{1,2}[.)])\\s+");
    private static final Pattern SENTENCE_END = regex("(?<=[.!?;])\\s+(?=[\\p{Lu}\\d«\"(])");
    private static final Pattern LEAD = regex("^([^:.]{3,40}):\\s+(\\S.*)$");
    private static final Pattern INLINE_NICE = regex(
            "будет (большим |дополнительным )?(плюсом|преимуществом)|(станет|является|будет) преимуществом"
                    + "|преимуществом будет|плюсом будет|приветствуется|\\bжелательн(о|ы|а|ен)\\b|как плюс"
                    + "|(is|are|would be|will be) (a |an )?(big |huge |great |strong )?(plus|bonus|advantage)"
                    + "|nice[ -]to[ -]have|preferred|preferably|desirable|ideally|a plus\\b|bonus points?");

    /**
     * A paragraph or item that opens with what the employer gives: "We offer the NHS Pension Scheme, ...", "£31,586–
     * £34,314, 37 hours a week, Local Government Pension Scheme", «Мы предлагаем ...», «Доход 60 000–120 000 руб.»;
     * the offer without a heading of its own, so none of its names is asked for.
     */
    private static final Pattern OFFER_LINE = regex("^(?:we offer|we provide|we can offer|we'll offer|we will offer"
            + "|in return\\b|benefits include|you('ll| will) (receive|get|enjoy)\\b|мы предлагаем|предлагаем\\b"
            + "|[£$€₽]\\s?\\d|(?:зарплата|заработная плата|оклад|доход|salary|pay)\\b\\s*(?:от|from|of|up to|до|:)?\\s*"
            + "[£$€₽]?\\s?\\d)");

    /** Words that ask something of a candidate, for broad skills outside the requirements. */
    private static final Pattern ASKING = regex("опыт|знани|умени|навык|владени|понимани|experience|knowledge|"
            + "skills?\\b|understanding|proficien|familiar|expertise|background in");

    /**
     * An introduction's sentence that asks for something ("требуется Team Lead с опытом разработки на C#", "мы ищем
     * инженеров по написанию автотестов на Java и Selenium") rather than describing the business.
     */
    private static final Pattern INTRODUCTION_ASKS = regex("\\b(ищем|требуется|требуются|приглашаем|looking for"
            + "|seeking|we need)\\b.*\\b(с опытом|опыт\\p{L}*|знани\\p{L}*|навык\\p{L}*|на|with"
            + "|experience|skills?|по)\\b");

    private static final String NUMBER = "(\\d{1,2}(?:[.,]5)?|одного|года|полугода|двух|трех|трёх|четырех|четырёх|пяти"
            + "|шести|семи|восьми|десяти|one|two|three|four|five|six|seven|eight|ten)";
    private static final String YEARS = "\\s*(?:\\+\\s*)?(?:-?х\\s+)?(?:год|года|лет|years?|yrs?)\\b";
    private static final Pattern EXPERIENCE_CONTEXT = regex("опыт|стаж|experience|background|track record"
            + "|\\d\\s*\\+\\s*(?:years?|yrs|лет|года?)\\b"
            + "|(?:не менее|минимум|at least|no less than)\\s+\\d{1,2}\\s*(?:years?|yrs|лет|года?)\\b");
    private static final Pattern YEARS_RANGE = regex(
            NUMBER + "\\s*(?:-|–|—|to|до)\\s*" + NUMBER + YEARS);
    private static final Pattern YEARS_FROM = regex(
            "(?:от|не менее|более|больше|свыше|минимум|min\\.?|at least|minimum(?: of)?|over|more than|\\b)\\s*"
                    + NUMBER + "(\\s*\\+)?" + YEARS);
    private static final Pattern FROM_YEAR = regex("\\bот (полугода|года)\\b");

    private static final Pattern HIGHER = regex(
            "высшее|высшего|higher education|bachelor|master'?s|\\bdegree\\b|\\bbsc\\b|\\bmsc\\b|ph\\.?d|university|вуз");
    private static final Pattern VOCATIONAL = regex(
            "средне(е|го)[- ](специальн|профессиональн|техническ)|\\bспо\\b|vocational");

    /** Where a degree names its field ("degree in Mathematics", "образование по специальности ..."). */
    private static final Pattern FIELD_OF_STUDY = regex("(?:degree|bachelor'?s|master'?s|\\bbsc\\b|\\bmsc\\b|ph\\.?d"
            + "|diploma|образовани[ея]|диплом)(?:\\s+\\p{L}+){0,2}?\\s*(?:\\bin\\b|\\bof\\b|\\bпо\\b|в области|в сфере|\\()");
    /** Where the field of study ends and the sentence may go on to ask for skills again. */
    private static final Pattern FIELD_END = regex("[;.)]|\\bor (?:equivalent|related|similar)|\\bили (?:аналогичн|смежн)"
            + "|experience|опыт|knowledge|знани|skills?\\b|навык");

    private static final Map<String, Pattern> LANGUAGES = languages();
    private static final Pattern CEFR = regex("\\b([abcав][12])\\b");
    private static final Map<Pattern, String> LEVEL_WORDS = levelWords();

    private final SkillTaxonomy taxonomy;

    /** Patterns whose word boundaries know Cyrillic letters. */
    private static Pattern regex(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    public RequirementExtractor(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The requirements in a vacancy's plain text; lines are paragraphs or list items. */
    public Requirements extract(String text) {
        return extract(text, null);
    }

    /** {@link #extract} and {@link #sentences} of one text in one pass: what a matcher needs of a vacancy. */
    public VacancyReading read(String text) {
        List<VacancySentence> sentences = new ArrayList<>();
        Requirements requirements = extract(text, sentences);
        return new VacancyReading(requirements, sentences);
    }

    private Requirements extract(String text, List<VacancySentence> sentences) {
        Map<String, RequiredSkill> skills = new LinkedHashMap<>();
        List<String> responsibilities = new ArrayList<>();
        List<LanguageRequirement> languages = new ArrayList<>();
        Experience[] experience = {null};
        Education[] education = {null};
        walk(text, responsibilities::add, (section, importance, sentence, lower, mentions) -> {
            if (sentences != null) {
                sentences.add(new VacancySentence(sentence, section.part(), importance, mentions));
            }
            for (SkillMention mention : mentions) {
                RequiredSkill found = new RequiredSkill(mention.skill().name(), mention.skill().category(),
                        importance, sentence);
                skills.merge(found.name(), found, (was, now) ->
                        was.importance() == Importance.NICE && now.importance() == Importance.MUST ? now : was);
            }
            experience[0] = stronger(experience[0], experience(lower, sentence));
            education[0] = lower(education[0], education(lower, sentence));
            readLanguages(lower, sentence, languages);
        });
        List<RequiredSkill> ordered = new ArrayList<>();
        skills.values().stream().filter(s -> s.importance() == Importance.MUST).forEach(ordered::add);
        skills.values().stream().filter(s -> s.importance() == Importance.NICE).forEach(ordered::add);
        return new Requirements(ordered, experience[0], education[0], languages, responsibilities,
                taxonomy.version());
    }

    /**
     * Every sentence of a vacancy outside its offer, with the part it sits in and the skills {@link #extract}
     * takes from it. {@link #extract} names each skill once, by its first sentence; a matcher needs them all, to
     * tell a skill the requirements ask for from one the duties only mention, and "Selenium or Playwright" (either
     * will do) from "Jest and Testing Library".
     */
    public List<VacancySentence> sentences(String text) {
        List<VacancySentence> sentences = new ArrayList<>();
        walk(text, line -> { }, (section, importance, sentence, lower, mentions) ->
                sentences.add(new VacancySentence(sentence, section.part(), importance, mentions)));
        return sentences;
    }

    private interface SentenceVisitor {
        void visit(Section section, Importance importance, String sentence, String lower, List<SkillMention> skills);
    }

    private void walk(String text, java.util.function.Consumer<String> responsibilities, SentenceVisitor visitor) {
        Section section = Section.OTHER;
        // A text whose only heading is the offer ("Условия:") has no introduction: what comes before it is the body.
        boolean structured = text.lines().anyMatch(line -> !BULLET.matcher(line).find() && isPartHeading(line));
        SkillTaxonomy.Surroundings surroundings = taxonomy.surroundings(text);
        for (String rawLine : text.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean bullet = BULLET.matcher(line).find();
            if (!bullet) {
                Section heading = Section.ofHeading(line);
                if (heading != null) {
                    section = heading;
                    continue;
                }
                Matcher lead = LEAD.matcher(line);
                if (lead.matches()) {
                    Section named = Section.ofLead(lead.group(1));
                    if (named != null) {
                        section = named;
                        line = lead.group(2);
                    }
                }
            }
            String content = BULLET.matcher(line).replaceFirst("");
            boolean offered = section == Section.OFFER || OFFER_LINE.matcher(content.toLowerCase(Locale.ROOT)).find();
            if (section == Section.RESPONSIBILITIES && !offered && !content.isBlank()) {
                responsibilities.accept(content);
            }
            if (offered) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(content)) {
                String lower = sentence.toLowerCase(Locale.ROOT).replace('ё', 'е');
                Importance importance = section == Section.NICE_TO_HAVE || INLINE_NICE.matcher(lower).find()
                        ? Importance.NICE : Importance.MUST;
                boolean asks = section == Section.REQUIREMENTS || section == Section.NICE_TO_HAVE
                        || ASKING.matcher(lower).find();
                int[] field = fieldOfStudy(lower);
                List<SkillMention> mentions = new ArrayList<>();
                boolean introduction = structured && section == Section.OTHER && !INTRODUCTION_ASKS.matcher(lower).find();
                for (SkillMention mention : taxonomy.findIn(sentence, surroundings)) {
                    if (introduction || mention.skill().broad() && !asks && !toAStandard(sentence, mention)
                            || mention.start() >= field[0] && mention.start() < field[1]) {
                        continue;
                    }
                    mentions.add(mention);
                }
                visitor.visit(section, importance, sentence, lower, List.copyOf(mentions));
            }
        }
    }

    /**
     * Words that set the standard a field is worked to: "provide excellent customer service", «качественное
     * обслуживание клиентов». A duty that names a field with one asks for the skill, where "our customer service
     * team" only describes the business.
     */
    private static final Pattern STANDARD = regex("(excellent|outstanding|exceptional|friendly|courteous|great"
            + "|first[- ]class|high[- ]quality|quality|superb|professional|top[- ]notch|polite|attentive"
            + "|качественн\\p{L}*|вежлив\\p{L}*|отличн\\p{L}*|профессиональн\\p{L}*|внимательн\\p{L}*"
            + "|доброжелательн\\p{L}*)\\s+$");

    private static boolean toAStandard(String sentence, SkillMention mention) {
        int from = Math.max(0, mention.start() - 40);
        return STANDARD.matcher(sentence.substring(from, mention.start()).toLowerCase(Locale.ROOT)).find();
    }

    private static boolean isPartHeading(String line) {
        Section heading = Section.ofHeading(line);
        return heading != null && heading != Section.OTHER && heading != Section.OFFER && heading != Section.GENERAL;
    }

    /**
     * The span of a sentence that names a degree's field: "Degree in Mathematics or Physics" asks for a degree, not
     * for mathematics. Empty ({@code [0, 0]}) when the sentence names none.
     */
    private static int[] fieldOfStudy(String lower) {
        Matcher degree = FIELD_OF_STUDY.matcher(lower);
        if (!degree.find()) {
            return new int[] {0, 0};
        }
        Matcher end = FIELD_END.matcher(lower);
        int to = end.find(degree.end()) ? end.start() : lower.length();
        return new int[] {degree.end(), to};
    }

    private static Experience experience(String lower, String sentence) {
        if (!EXPERIENCE_CONTEXT.matcher(lower).find()) {
            return null;
        }
        Matcher range = YEARS_RANGE.matcher(lower);
        if (range.find()) {
            Integer from = years(range.group(1));
            Integer to = years(range.group(2));
            if (from != null && to != null && from <= to) {
                return new Experience(from, to, sentence);
            }
        }
        Matcher from = YEARS_FROM.matcher(lower);
        while (from.find()) {
            Integer years = years(from.group(1));
            if (years != null && years > 0 && years <= 30) {
                return new Experience(years, null, sentence);
            }
        }
        Matcher fromYear = FROM_YEAR.matcher(lower);
        if (fromYear.find()) {
            return new Experience(fromYear.group(1).equals("года") ? 1 : 0, null, sentence);
        }
        return null;
    }

    private static Integer years(String number) {
        return switch (number) {
            case "одного", "года", "one" -> 1;
            case "полугода" -> 0;
            case "двух", "two" -> 2;
            case "трех", "трёх", "three" -> 3;
            case "четырех", "четырёх", "four" -> 4;
            case "пяти", "five" -> 5;
            case "шести", "six" -> 6;
            case "семи", "seven" -> 7;
            case "восьми", "eight" -> 8;
            case "десяти", "ten" -> 10;
            default -> (int) Double.parseDouble(number.replace(',', '.'));
        };
    }

    /** Where a vacancy names experience more than once, the overall figure is the largest minimum. */
    private static Experience stronger(Experience current, Experience found) {
        if (found == null) {
            return current;
        }
        return current == null || found.minYears() > current.minYears() ? found : current;
    }

    private static Education education(String lower, String sentence) {
        if (VOCATIONAL.matcher(lower).find()) {
            return new Education(Education.Level.SECONDARY_VOCATIONAL, sentence);
        }
        if (HIGHER.matcher(lower).find()) {
            return new Education(Education.Level.HIGHER, sentence);
        }
        return null;
    }

    /** "Higher or vocational" accepts vocational: the lowest level named wins. */
    private static Education lower(Education current, Education found) {
        if (found == null) {
            return current;
        }
        return current == null || found.level().compareTo(current.level()) < 0 ? found : current;
    }

    /**
     * Each language named in the sentence, with the level written next to it: "fluent English and good German
     * (B2)" is English C1 and German B2. A language's level is read between the mentions around it, cut at a
     * semicolon or comma.
     */
    private static void readLanguages(String lower, String sentence, List<LanguageRequirement> into) {
        record Mention(String language, int start, int end) {
        }
        List<Mention> mentions = new ArrayList<>();
        for (Map.Entry<String, Pattern> language : LANGUAGES.entrySet()) {
            Matcher found = language.getValue().matcher(language.getKey().equals("pl") ? sentence : lower);
            if (found.find()) {
                mentions.add(new Mention(language.getKey(), found.start(), found.end()));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        String previousLevel = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            int from = i == 0 ? 0 : mentions.get(i - 1).end();
            int to = i + 1 == mentions.size() ? lower.length() : mentions.get(i + 1).start();
            int before = Math.max(lower.lastIndexOf(';', mention.start()), lower.lastIndexOf(',', mention.start()));
            int after = firstOf(lower, mention.end(), ';', ',');
            String level = level(lower.substring(Math.max(from, before + 1), Math.min(to, after)));
            // "Fluent German and English": one level for both.
            if (level == null && i > 0 && lower.substring(from, mention.start()).matches("\\s*(and|и|&|/)\\s*")) {
                level = previousLevel;
            }
            previousLevel = level;
            LanguageRequirement found = new LanguageRequirement(mention.language(), level, sentence);
            int known = indexOf(into, mention.language());
            if (known < 0) {
                into.add(found);
            } else if (into.get(known).level() == null && level != null) {
                into.set(known, found); // a title named the language; a requirement says how well
            }
        }
    }

    private static int indexOf(List<LanguageRequirement> languages, String language) {
        for (int i = 0; i < languages.size(); i++) {
            if (languages.get(i).language().equals(language)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstOf(String text, int from, char... separators) {
        int first = text.length();
        for (char separator : separators) {
            int at = text.indexOf(separator, from);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
    }

    private static String level(String lower) {
        Matcher cefr = CEFR.matcher(lower);
        if (cefr.find()) {
            return cefr.group(1).toUpperCase(Locale.ROOT).replace('А', 'A').replace('В', 'B');
        }
        for (Map.Entry<Pattern, String> word : LEVEL_WORDS.entrySet()) {
            if (word.getKey().matcher(lower).find()) {
                return word.getValue();
            }
        }
        return null;
    }

    private static Map<String, Pattern> languages() {
        Map<String, Pattern> languages = new LinkedHashMap<>();
        languages.put("en", regex("английск|\\bангл\\.|\\benglish\\b"));
        languages.put("de", regex("немецк|\\bgerman\\b"));
        languages.put("fr", regex("французск|\\bfrench\\b"));
        languages.put("es", regex("испанск|\\bspanish\\b"));
        languages.put("it", regex("итальянск|\\bitalian\\b"));
        languages.put("zh", regex("китайск|\\bchinese\\b|\\bmandarin\\b"));
        languages.put("ja", regex("японск|\\bjapanese\\b"));
        languages.put("ko", regex("корейск|\\bkorean\\b"));
        languages.put("tr", regex("турецк|\\bturkish\\b"));
        languages.put("ar", regex("арабск|\\barabic\\b"));
        // "Polish the UI" is a verb: the language is written with a capital.
        languages.put("pl", regex("(?i:польск)|\\bPolish\\b"));
        languages.put("ru", regex("\\brussian\\b|русск(ий|ого|им) язык"));
        return languages;
    }

    private static Map<Pattern, String> levelWords() {
        Map<Pattern, String> words = new LinkedHashMap<>();
        words.put(regex("upper[- ]?intermediate|выше среднего"), "B2");
        words.put(regex("pre[- ]?intermediate"), "A2");
        words.put(regex("intermediate|средн"), "B1");
        words.put(regex("proficien|\\bnative\\b|родн|носител"), "C2");
        words.put(regex("advanced|fluent|fluency|свободн|продвинут|professional working"), "C1");
        words.put(regex("excellent|отличн|strong command"), "C1");
        words.put(regex("business|делов|\\bgood\\b|хорош"), "B2");
        words.put(regex("conversational|разговорн"), "B1");
        words.put(regex("elementary|basic|базов|технически|техническ\\w+ документац|technical documentation"),
                "A2");
        words.put(regex("beginner|начальн"), "A1");
        return words;
    }
}
