package com.qh.ai.factcheck;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Academic degrees named in Russian or English, by level: "MSc", "master's" and «магистратура» are one level. */
final class Degrees {

    enum Level { BACHELOR, MASTER, SPECIALIST, PHD, DOCTOR, MBA, LAW_PRACTICE, ASSOCIATE, HIGHER }

    record Mention(Level level, int start, int end) {
    }

    private record Rule(Level level, Pattern pattern) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Rule> RULES = List.of(
            new Rule(Level.MBA, Pattern.compile("(?<![\\p{L}])E?MBA(?![\\p{L}])")),
            new Rule(Level.BACHELOR, Pattern.compile("(?<![\\p{L}])bachelor(?:'s|’s|s)?(?![\\p{L}])", CI)),
            new Rule(Level.BACHELOR, Pattern.compile(
                    "(?<![\\p{L}.])(?:BSc|B\\.Sc\\.?|BA|B\\.A\\.|BEng|B\\.Eng\\.?|BBA|B\\.S\\.|LLB|LL\\.B\\.?|BFA|BCom)(?![\\p{L}])")),
            new Rule(Level.BACHELOR, Pattern.compile("бакалав\\p{L}*", CI)),
            new Rule(Level.MASTER, Pattern.compile("(?<!scrum )(?<![\\p{L}])master(?:'s|’s)(?![\\p{L}])|"
                    + "(?<![\\p{L}])masters? degree|(?<![\\p{L}])master of (?=[A-Z])", CI)),
            new Rule(Level.MASTER, Pattern.compile(
                    "(?<![\\p{L}.])(?:MSc|M\\.Sc\\.?|MA|MEng|M\\.Eng\\.?|M\\.S\\.|LLM|LL\\.M\\.?|MPhil|MFA|MPH)(?![\\p{L}])")),
            new Rule(Level.MASTER, Pattern.compile("магист\\p{L}*", CI)),
            new Rule(Level.SPECIALIST, Pattern.compile("специалитет\\p{L}*|диплом\\p{L}* специалиста", CI)),
            new Rule(Level.PHD, Pattern.compile("(?<![\\p{L}])(?:PhD|Ph\\.D\\.?|DPhil|doctorate|doctoral degree)(?![\\p{L}])", CI)),
            new Rule(Level.PHD, Pattern.compile("аспирантур\\p{L}*|кандидат\\p{L}* (?:\\p{L}+ )?наук|"
                    + "кандидатск\\p{L}* диссертаци\\p{L}*|уч[её]н\\p{L}* степен\\p{L}* кандидата", CI)),
            new Rule(Level.PHD, Pattern.compile("[кК]\\.\\s?\\p{L}{1,4}\\.\\s?н\\.|[Dd]octoral\\s+"
                    + "(?:research|thesis|studies|dissertation|candidate|degree)")),
            new Rule(Level.DOCTOR, Pattern.compile("[дД]\\.\\s?\\p{L}{1,4}\\.\\s?н\\.")),
            new Rule(Level.DOCTOR, Pattern.compile("доктор\\p{L}* (?:\\p{L}+ )?наук|докторск\\p{L}* диссертаци\\p{L}*", CI)),
            new Rule(Level.LAW_PRACTICE, Pattern.compile("(?<![\\p{L}])(?:LPC|Legal Practice Course)(?![\\p{L}])")),
            new Rule(Level.ASSOCIATE, Pattern.compile("associate(?:'s)? degree", CI)),
            new Rule(Level.HIGHER, Pattern.compile("высше\\p{L}* образовани\\p{L}*|university degree|college degree", CI)));

    private static final Pattern SPECIALIST_TYPE = Pattern.compile("^\\s*специалист", CI);

    private Degrees() {
    }

    static List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
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

    /** Whether a degree of this level is supported by the levels a profile holds. */
    static boolean supported(Level claimed, Set<Level> held) {
        if (claimed == Level.HIGHER) {
            return held.stream().anyMatch(l -> l != Level.ASSOCIATE && l != Level.HIGHER) || held.contains(Level.HIGHER);
        }
        return held.contains(claimed);
    }
}
