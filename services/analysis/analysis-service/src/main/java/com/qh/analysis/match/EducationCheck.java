package com.qh.analysis.match;

import com.qh.analysis.match.MatchResult.Evidence;
import com.qh.analysis.match.MatchResult.Status;
import com.qh.skills.requirements.Education;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether the candidate's education meets what the vacancy asks: the level (higher, or secondary vocational) and,
 * when the vacancy names one, the field ("высшее техническое", "degree in Nursing"). A degree in another field, an
 * unfinished one, or a lower level meets it partly.
 */
final class EducationCheck {

    private static final Pattern HIGHER = regex("бакалавр|магистр|специалист|аспирант|кандидат наук|высшее|bachelor"
            + "|master|\\bb\\.?sc?\\b|\\bm\\.?sc?\\b|\\bb\\.?a\\b|\\bm\\.?a\\b|\\bmba\\b|\\bbsn\\b|\\bmsn\\b|ph\\.?d"
            + "|degree|\\bbeng\\b|\\bmeng\\b|doctor");
    private static final Pattern VOCATIONAL = regex("среднее профессиональн|средне-специальн|среднее специальн|колледж"
            + "|техникум|училищ|college|associate|diploma|\\bспо\\b|vocational");

    /** A field a vacancy may ask for, and the words of a study's area or degree that belong to it. */
    private record Field(Pattern asked, Pattern area) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field(regex("техническ|инженер|technical|engineering|computer|\\bit\\b|информат"),
                    regex("информат|программ|компьют|вычисл|инженер|engineering|computer|software|information"
                            + "|информацион|автоматиз|математ|mathemat|физик|physics|радио|электр|systems|технич"
                            + "|кибернет|телеком|приборостро|машиностро|технолог")),
            new Field(regex("экономич|бухгалт|финанс|economic|accounting|finance|учет"),
                    regex("эконом|бухгалт|финанс|учет|аудит|account|financ|econom|налог")),
            new Field(regex("математ|mathemat|statist|статист"),
                    regex("математ|mathemat|статист|statist|физик|physics|data science")),
            new Field(regex("nursing|сестринск|\\bbsn\\b"), regex("nursing|сестринск|\\bbsn\\b")),
            new Field(regex("медицин|medical|medicine|лечебн"), regex("медицин|medic|nursing|лечебн|сестринск")),
            new Field(regex("юридическ|\\blaw\\b|legal|юриспруд"), regex("юрид|юриспруд|\\blaw\\b|legal|право")),
            new Field(regex("педагогическ|education degree|teaching"), regex("педагог|education|teaching")));

    private final YearMonth now;

    EducationCheck(YearMonth now) {
        this.now = now;
    }

    record Result(Status status, List<Evidence> evidence) {
    }

    Result check(Education asked, List<Candidate.Study> studies) {
        String lowerAsk = asked.evidence() == null ? "" : asked.evidence().toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<Field> fields = FIELDS.stream().filter(field -> field.asked().matcher(lowerAsk).find()).toList();
        Status best = Status.MISSING;
        List<Evidence> evidence = new ArrayList<>();
        for (Candidate.Study study : studies) {
            String kind = lower(study.degree());
            boolean higher = HIGHER.matcher(kind).find();
            boolean vocational = !higher && VOCATIONAL.matcher(kind).find();
            if (!higher && !vocational) {
                continue;
            }
            boolean levelMet = higher || asked.level() == Education.Level.SECONDARY_VOCATIONAL;
            boolean finished = study.end() == null ? study.start() == null || study.start().plusYears(4).isBefore(now)
                    : !study.end().isAfter(now);
            String area = lower(study.area()) + " " + kind;
            boolean fieldMet = fields.isEmpty() || fields.stream().anyMatch(field -> field.area().matcher(area).find());
            Status status = levelMet && finished && fieldMet ? Status.MET : Status.PARTIAL;
            if (status.ordinal() < best.ordinal()) {
                best = status;
                evidence.clear();
            }
            if (status == best) {
                String text = study.area() != null && !study.area().isBlank() ? study.area()
                        : study.degree() != null ? study.degree() : study.institution();
                evidence.add(new Evidence("education", study.id(), text));
            }
        }
        return new Result(best, best == Status.MISSING ? List.of() : evidence);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static Pattern regex(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }
}
