package com.qh.ai.factcheck;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Academic degrees named in Russian or English, by level: "MSc", "master's" and «магистратура» are one level. */
final class Degrees {

    enum Level { BACHELOR, MASTER, SPECIALIST, PHD, DOCTOR, MBA, LAW_PRACTICE, ASSOCIATE, POSTGRADUATE, HIGHER }

    record Mention(Level level, int start, int end) {
    }

    /**
     * One way of naming a level. A rule {@code onLower} is written in lower case and matched against the text lower-cased
     * once (case-insensitive Unicode matching of every pattern over a whole letter was a fifth of a check); the others
     * are case-sensitive (BA, MA) and read the text as written. A rule runs only when the text it reads holds one of its
     * {@code anchors}, parts every match contains.
     */
    private record Rule(Level level, Pattern pattern, boolean onLower, List<String> anchors) {

        static Rule lower(Level level, String regex, String... anchors) {
            return new Rule(level, Pattern.compile(regex), true, List.of(anchors));
        }

        static Rule cased(Level level, String regex, String... anchors) {
            return new Rule(level, Pattern.compile(regex), false, List.of(anchors));
        }

        boolean mayMatch(String subject) {
            for (String anchor : anchors) {
                if (subject.contains(anchor)) {
                    return true;
                }
            }
            return anchors.isEmpty();
        }
    }

    private static final List<Rule> RULES = List.of(
            Rule.cased(Level.MBA, "(?<![\\p{L}])E?MBA(?![\\p{L}])", "MBA"),
            Rule.lower(Level.BACHELOR, "(?<![\\p{L}])bachelor(?:['’]s|s)?(?![\\p{L}])", "bachelor"),
            Rule.cased(Level.BACHELOR,
                    "(?<![\\p{L}.])(?:BSc|B\\.Sc\\.?|BA|B\\.A\\.|BEng|B\\.Eng\\.?|BBA|B\\.S\\.|LLB|LL\\.B\\.?|BFA|BCom)(?![\\p{L}])",
                    "B", "LL"),
            Rule.lower(Level.BACHELOR, "бакалав\\p{L}*", "бакалав"),
            Rule.lower(Level.MASTER, "(?<!scrum )(?<![\\p{L}])master(?:['’]s)(?![\\p{L}])|"
                    + "(?<![\\p{L}])masters? degree|(?<![\\p{L}])master of (?=[a-z])", "master"),
            Rule.cased(Level.MASTER,
                    "(?<![\\p{L}.])(?:MSc|M\\.Sc\\.?|MA|MEng|M\\.Eng\\.?|M\\.S\\.|LLM|LL\\.M\\.?|MPhil|MFA|MPH)(?![\\p{L}])",
                    "M", "LL"),
            // «магистраль» (a trunk line: «на магистральных газопроводах») shares the degree's first letters
            Rule.lower(Level.MASTER, "магист(?!рал)\\p{L}*", "магист"),
            Rule.lower(Level.SPECIALIST, "специалитет\\p{L}*|диплом\\p{L}* специалиста", "специал"),
            Rule.lower(Level.PHD, "(?<![\\p{L}])(?:phd|ph\\.d\\.?|dphil|doctorate|doctoral degree)(?![\\p{L}])", "ph",
                    "doctor"),
            Rule.lower(Level.PHD, "аспирантур\\p{L}*|кандидат\\p{L}* (?:\\p{L}+ )?наук|"
                    + "кандидатск\\p{L}* диссертаци\\p{L}*|уч[её]н\\p{L}* степен\\p{L}* кандидата", "аспирантур", "кандидат"),
            Rule.cased(Level.PHD, "[кК]\\.\\s?\\p{L}{1,4}\\.\\s?н\\.|[Dd]octoral\\s+"
                    + "(?:research|thesis|studies|dissertation|candidate|degree)", "н.", "octoral"),
            Rule.cased(Level.DOCTOR, "[дД]\\.\\s?\\p{L}{1,4}\\.\\s?н\\.", "н."),
            Rule.lower(Level.DOCTOR, "доктор\\p{L}* (?:\\p{L}+ )?наук|докторск\\p{L}* диссертаци\\p{L}*", "доктор"),
            Rule.cased(Level.LAW_PRACTICE, "(?<![\\p{L}])(?:LPC|Legal Practice Course)(?![\\p{L}])", "LPC",
                    "Legal Practice Course"),
            // an American associate degree by its name, and the British foundation degree of the same two years
            Rule.lower(Level.ASSOCIATE, "associate(?:'s)? degree|associate (?:of|in) (?:applied )?(?:arts|sciences?)"
                    + "(?![\\p{L}])|(?<![\\p{L}])foundation degree", "associate", "foundation degree"),
            Rule.cased(Level.ASSOCIATE, "(?<![\\p{L}])(?:FdSc|FdA|FdEng)(?![\\p{L}])", "Fd"),
            // a postgraduate diploma or certificate is a level of its own, neither a master's nor a bachelor's
            Rule.lower(Level.POSTGRADUATE, "(?<![\\p{L}])(?:post-?graduate (?:diploma|certificate)|pg ?dip|pg ?cert)"
                    + "(?![\\p{L}])", "postgraduate", "post-graduate", "pg"),
            Rule.lower(Level.HIGHER, "высше\\p{L}* (?:[а-яё]+(?:ое|ого|ым|ом) )?образовани\\p{L}*|university degree|college degree",
                    "образовани",
                    "degree"));

    /**
     * The honours a degree was awarded with, by class. A class is a claim of its own: "BSc (Hons)" says a degree with
     * honours, not which class, so "graduating with first-class honours" needs the class in the profile.
     */
    enum Honour { TOP, UPPER_SECOND, LOWER_SECOND }

    record Awarded(Honour honour, int start, int end) {
    }

    private static final Pattern TOP_HONOURS = Pattern.compile("(?<![\\p{L}])(?:with distinction|(?:summa |magna )?cum "
            + "laude|first[- ]class (?:honours|honors|hons|degree)|с отличием|красн\\p{L}* диплом\\p{L}*)(?![\\p{L}])");
    private static final Pattern UPPER_SECOND = Pattern.compile("(?<![\\p{L}\\d])(?:upper second|2:1 (?:honours|honors|hons"
            + "|degree))(?![\\p{L}])");
    private static final Pattern LOWER_SECOND = Pattern.compile("(?<![\\p{L}\\d])(?:lower second|2:2 (?:honours|honors|hons"
            + "|degree))(?![\\p{L}])");

    /** The honours a text names, in the order of the classes. */
    static List<Awarded> honours(String text) {
        String lower = Words.lowerKeepingLength(text);
        List<Awarded> found = new ArrayList<>();
        if (lower.contains("distinction") || lower.contains("laude") || lower.contains("class") || lower.contains("отлич")
                || lower.contains("красн")) {
            Matcher m = TOP_HONOURS.matcher(lower);
            while (m.find()) {
                found.add(new Awarded(Honour.TOP, m.start(), m.end()));
            }
        }
        if (lower.contains("second") || lower.contains("2:")) {
            for (Matcher m = UPPER_SECOND.matcher(lower); m.find(); ) {
                found.add(new Awarded(Honour.UPPER_SECOND, m.start(), m.end()));
            }
            for (Matcher m = LOWER_SECOND.matcher(lower); m.find(); ) {
                found.add(new Awarded(Honour.LOWER_SECOND, m.start(), m.end()));
            }
        }
        return found;
    }

    private static final Pattern SPECIALIST_TYPE = Pattern.compile("^\\s*специалист",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Degrees() {
    }

    static List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        String lower = Words.lowerKeepingLength(text);
        for (Rule rule : RULES) {
            String subject = rule.onLower() ? lower : text;
            if (!rule.mayMatch(subject)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(subject);
            while (m.find()) {
                if (m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1)) && Character.isLetter(text.charAt(m.start()))) {
                    continue;
                }
                found.add(new Mention(rule.level(), m.start(), m.end()));
            }
        }
        return found;
    }

    /** The levels a profile's education names; a study type «Специалист» is the specialist level. */
    static Set<Level> levels(String text) {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        for (Mention m : find(text)) {
            levels.add(m.level());
        }
        if (SPECIALIST_TYPE.matcher(text).find()) {
            levels.add(Level.SPECIALIST);
        }
        return levels;
    }

    /** The level a JSON Resume study type names, written as a bare word: "Master", "Bachelor", "Doctorate". */
    static Set<Level> studyType(String studyType) {
        String t = Words.lower(studyType);
        Set<Level> levels = EnumSet.noneOf(Level.class);
        if (t.contains("bachelor") || t.startsWith("ba") && t.length() <= 4) {
            levels.add(Level.BACHELOR);
        }
        if (t.contains("master") || t.startsWith("ma") && t.length() <= 4) {
            levels.add(Level.MASTER);
        }
        if (t.contains("doctor") || t.contains("phd")) {
            levels.add(Level.PHD);
        }
        if (t.contains("mba")) {
            levels.add(Level.MBA);
        }
        return levels;
    }

    /**
     * The branch a bachelor's or master's is of, as its name writes it: "BSc", "Master of Science" are science, "BA",
     * "MA" arts, "BEng" engineering; null where the name says no branch ("bachelor's", «бакалавр»). A BSc is not
     * a BA: the level is the same, the degree another.
     */
    static String branch(String written) {
        Matcher m = BRANCH.matcher(written);
        if (!m.lookingAt()) {
            return null;
        }
        String b = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        String k = Words.lower(b).replace(".", "");
        return switch (k) {
            case "sc", "s", "science", "sciences" -> "science";
            case "a", "arts" -> "arts";
            case "eng", "engineering" -> "engineering";
            case "fa", "fine arts" -> "fine arts";
            default -> null;
        };
    }

    // "BA's long-haul operation" is an airline's: an abbreviation with a possessive names no degree
    private static final Pattern BRANCH = Pattern.compile("(?:[BM]\\.?(Sc|S|A|Eng|FA)\\.?(?![\\p{L}'’])"
            + "|(?i:bachelor|master)(?:['’]?s)?(?: degree)? of (Sciences?|Arts|Engineering|Fine Arts)(?![\\p{L}])"
            + "|(?i:bachelor|master)(?:['’]?s)? (?:degree )?in (?:the )?(Sciences?|Arts|Engineering|Fine Arts)(?![\\p{L}]))");

    /** Whether a degree of this level is supported by the levels a profile holds. */
    static boolean supported(Level claimed, Set<Level> held) {
        if (claimed == Level.HIGHER) {
            return held.stream().anyMatch(l -> l != Level.ASSOCIATE && l != Level.HIGHER) || held.contains(Level.HIGHER);
        }
        return held.contains(claimed);
    }
}
