package com.qh.analysis.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The numbers a score is made of, and the score. Immutable, so a recommendation's gain is the score of a changed
 * copy minus this one's.
 *
 * <p>Each requirement line has a weight (a must 1, a plus {@link #PLUS}, a skill the duties name but the
 * requirements do not {@link #DUTY}) and a credit (met 1, partly met {@link #PARTIAL}, missing 0; experience by the
 * share of the years asked). A part's score is the weighted mean of its lines' credits. The total is the weighted
 * mean of the parts that apply ({@link #WEIGHTS}; a part holding only pluses counts half), times a must gate that
 * takes a profile missing most musts well below one missing pluses, times a small factor for achievements with
 * numbers in the relevant jobs. Skills shown only in job text score {@link #UNLISTED} of listed ones: recruiters
 * and ATS filters search the skills list.
 */
record Scoresheet(List<Line> lines, Double location, Double salary, double quantified) {

    static final double PLUS = 0.35;
    static final double DUTY = 0.25;
    static final double PARTIAL = 0.5;
    static final double UNLISTED = 0.9;
    /** What a profile that meets none of the musts keeps of its score. */
    static final double GATE_FLOOR = 0.35;
    static final double QUANTIFIED_SHARE = 0.05;

    /** Skills, experience, education, languages, location and work format, salary. */
    static final double[] WEIGHTS = {0.5, 0.25, 0.1, 0.1, 0.05, 0.05};

    enum Part {
        SKILLS, EXPERIENCE, EDUCATION, LANGUAGES
    }

    /** One requirement line's share of the score; {@code listed} only matters for a met skill. */
    record Line(Part part, double weight, double credit, boolean must, boolean listed) {

        Line withCredit(double credit) {
            return new Line(part, weight, credit, must, listed);
        }

        Line asListed() {
            return new Line(part, weight, credit, must, true);
        }
    }

    Scoresheet {
        lines = List.copyOf(lines);
    }

    /** A part's score 0–1, or {@code null} when the vacancy asks nothing of it. */
    Double part(Part part) {
        double sum = 0;
        double weights = 0;
        double metWeights = 0;
        double listedWeights = 0;
        for (Line line : lines) {
            if (line.part() != part) {
                continue;
            }
            sum += line.weight() * line.credit();
            weights += line.weight();
            if (line.credit() >= 1) {
                metWeights += line.weight();
                listedWeights += line.listed() ? line.weight() : 0;
            }
        }
        if (weights == 0) {
            return null;
        }
        double score = sum / weights;
        if (part == Part.SKILLS && metWeights > 0) {
            score *= UNLISTED + (1 - UNLISTED) * listedWeights / metWeights;
        }
        return score;
    }

    /** The score 0–100, unrounded. */
    double total() {
        double sum = 0;
        double weights = 0;
        for (Part part : Part.values()) {
            Double score = part(part);
            if (score != null) {
                boolean must = lines.stream().anyMatch(line -> line.part() == part && line.must());
                double weight = WEIGHTS[part.ordinal()] * (must ? 1 : 0.5);
                sum += weight * score;
                weights += weight;
            }
        }
        if (location != null) {
            sum += WEIGHTS[4] * location;
            weights += WEIGHTS[4];
        }
        if (salary != null) {
            sum += WEIGHTS[5] * salary;
            weights += WEIGHTS[5];
        }
        if (weights == 0) {
            return 0;
        }
        double mustSum = 0;
        double mustWeights = 0;
        for (Line line : lines) {
            if (line.must()) {
                mustSum += line.weight() * line.credit();
                mustWeights += line.weight();
            }
        }
        double gate = mustWeights == 0 ? 1 : GATE_FLOOR + (1 - GATE_FLOOR) * mustSum / mustWeights;
        double evidence = 1 - QUANTIFIED_SHARE + QUANTIFIED_SHARE * quantified;
        return 100 * sum / weights * gate * evidence;
    }

    Scoresheet withLine(int index, UnaryOperator<Line> change) {
        List<Line> changed = new ArrayList<>(lines);
        changed.set(index, change.apply(changed.get(index)));
        return new Scoresheet(changed, location, salary, quantified);
    }

    Scoresheet withLines(UnaryOperator<Line> change) {
        return new Scoresheet(lines.stream().map(change).toList(), location, salary, quantified);
    }

    Scoresheet withQuantified(double share) {
        return new Scoresheet(lines, location, salary, share);
    }

    /** Points the change would add, to one decimal; never negative. */
    double gainOf(Scoresheet changed) {
        return Math.max(0, Math.round((changed.total() - total()) * 10) / 10.0);
    }
}
