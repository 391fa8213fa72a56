package com.qh.web.insights;

import static com.qh.web.api.JsonPaths.instant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The dashboard's figures, read from the API's answers: plain functions of JSON, so that what a chart shows can be
 * checked without a browser.
 */
public final class Insights {

    /** The tracker's statuses in the order of an application. */
    public static final List<String> STATUSES = List.of("SAVED", "APPLIED", "INTERVIEW", "OFFER", "REJECTED");

    private Insights() {
    }

    /**
     * Steps of the applications per week.
     *
     * @param weeks the Monday of each week, oldest first
     * @param counts per status, the steps taken into it each week (same length as {@code weeks})
     * @param applications how many applications were read
     * @param reached per status, how many of those applications ever reached it
     */
    public record Funnel(List<LocalDate> weeks, Map<String, List<Integer>> counts, int applications,
            Map<String, Integer> reached) {

        public boolean empty() {
            return counts.values().stream().flatMap(List::stream).allMatch(count -> count == 0);
        }
    }

    /**
     * A saved vacancy's match score.
     *
     * @param vacancyId the vacancy
     * @param title its title
     * @param score 0–100
     * @param matched true for a full match kept by the analysis service, false for the ranking's quicker score
     */
    public record Score(String vacancyId, String title, int score, boolean matched) {
    }

    /**
     * A skill the profile lacks.
     *
     * @param skill its name
     * @param saved in how many saved vacancies it is missing
     * @param market in how many of the market vacancies nearest the profile it is asked for
     */
    public record Gap(String skill, int saved, int market) {

        public int total() {
            return saved + market;
        }
    }

    /**
     * The salary spread for the desired title.
     *
     * @param currency ISO code
     * @param percentiles p10, p25, median, p75, p90 in that order
     * @param expectation the person's own figure, or null
     * @param sample comparable vacancies it rests on
     */
    public record Spread(String currency, List<Long> percentiles, Long expectation, int sample) {
    }

    /**
     * The weeks up to and including {@code today}'s, with each application's steps counted in the week of their
     * date, and how many applications reached each stage (an interview implies it was applied to).
     */
    static Funnel funnel(List<JsonNode> vacancies, LocalDate today, int weekCount) {
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = weekCount - 1; i >= 0; i--) {
            weeks.add(thisWeek.minusWeeks(i));
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Integer> reached = new LinkedHashMap<>();
        STATUSES.forEach(status -> {
            counts.put(status, new int[weekCount]);
            reached.put(status, 0);
        });
        for (JsonNode vacancy : vacancies) {
            Set<String> seen = new HashSet<>();
            int furthest = -1;
            for (JsonNode step : steps(vacancy)) {
                String status = step.path("status").asString("");
                if (!counts.containsKey(status)) {
                    continue;
                }
                seen.add(status);
                if (!"REJECTED".equals(status)) {
                    furthest = Math.max(furthest, STATUSES.indexOf(status));
                }
                LocalDate day = day(step);
                if (day == null || day.isBefore(weeks.getFirst()) || day.isAfter(today)) {
                    continue;
                }
                int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(weeks.getFirst(),
                        day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                counts.get(status)[week]++;
            }
            for (int i = 0; i <= furthest; i++) {
                reached.merge(STATUSES.get(i), 1, Integer::sum);
            }
            if (seen.contains("REJECTED")) {
                reached.merge("REJECTED", 1, Integer::sum);
            }
        }
        Map<String, List<Integer>> lists = new LinkedHashMap<>();
        counts.forEach((status, values) -> lists.put(status, java.util.Arrays.stream(values).boxed().toList()));
        return new Funnel(weeks, lists, vacancies.size(), reached);
    }

    /**
     * The tracker's steps, the saving first: the vacancy service records a step only when the application moves, so
     * a vacancy just saved has none, and its saving is the moment it was created.
     */
    private static List<JsonNode> steps(JsonNode vacancy) {
        List<JsonNode> steps = new ArrayList<>();
        vacancy.path("tracker").forEach(steps::add);
        boolean saved = steps.stream().anyMatch(step -> "SAVED".equals(step.path("status").asString("")));
        if (!saved && vacancy.path("createdAt").isString()) {
            steps.addFirst(JsonNodeFactory.instance.objectNode().put("status", "SAVED")
                    .put("recordedAt", vacancy.path("createdAt").asString()));
        }
        return steps;
    }

    private static LocalDate day(JsonNode step) {
        String date = step.path("date").asString("");
        if (!date.isEmpty()) {
            try {
                return LocalDate.parse(date);
            }
            catch (DateTimeParseException notADay) {
                // the time it was recorded stands in
            }
        }
        var recorded = instant(step.path("recordedAt"));
        return recorded == null ? null : LocalDate.ofInstant(recorded, java.time.ZoneOffset.UTC);
    }

    /**
     * One score per saved vacancy: the newest full match kept for it (matches of an uploaded resume are left out,
     * as they measure a file, not the profile), else the ranking's score; best first.
     */
    static List<Score> scores(JsonNode matches, JsonNode recommended, int limit) {
        Map<String, Score> byVacancy = new LinkedHashMap<>();
        for (JsonNode match : matches) {
            String vacancy = match.path("vacancyId").asString("");
            if (vacancy.isEmpty() || !match.path("documentId").isNull() && match.has("documentId")
                    || byVacancy.containsKey(vacancy)) {
                continue;
            }
            byVacancy.put(vacancy, new Score(vacancy, match.path("vacancyTitle").asString(""),
                    match.path("score").asInt(), true));
        }
        for (JsonNode item : recommended.path("vacancies")) {
            String vacancy = item.path("vacancyId").asString("");
            if ("SAVED".equals(item.path("origin").asString("")) && !byVacancy.containsKey(vacancy)) {
                byVacancy.put(vacancy, new Score(vacancy, item.path("title").asString(""),
                        item.path("score").asInt(), false));
            }
        }
        return byVacancy.values().stream().sorted(Comparator.comparingInt(Score::score).reversed()
                .thenComparing(Score::title)).limit(limit).toList();
    }

    /**
     * The skills missing most often: every missing skill of the newest kept match of each saved vacancy (the first
     * missing skill of a saved vacancy ranked but never matched), and how many of the market vacancies nearest the
     * profile ask for each skill it lacks ({@code GET /api/v1/analysis/market/skill-gaps}).
     */
    static List<Gap> gaps(JsonNode matches, JsonNode recommended, JsonNode market, int limit) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> vacancies = new HashSet<>();
        for (JsonNode match : matches) {
            String vacancy = match.path("vacancyId").asString("");
            if (vacancy.isEmpty() || !match.path("documentId").isNull() && match.has("documentId")
                    || !vacancies.add(vacancy)) {
                continue;
            }
            for (JsonNode skill : match.path("missingSkills")) {
                count(counts, names, skill.asString(""), 0, 1);
            }
        }
        for (JsonNode item : recommended.path("vacancies")) {
            if ("SAVED".equals(item.path("origin").asString(""))
                    && vacancies.add(item.path("vacancyId").asString(""))) {
                count(counts, names, item.path("topMissingSkill").asString(""), 0, 1);
            }
        }
        for (JsonNode gap : market.path("skills")) {
            count(counts, names, gap.path("skill").asString(""), 1, gap.path("vacancies").asInt(0));
        }
        return counts.entrySet().stream()
                .map(entry -> new Gap(names.get(entry.getKey()), entry.getValue()[0], entry.getValue()[1]))
                .filter(gap -> gap.total() > 0)
                .sorted(Comparator.comparingInt(Gap::total).reversed().thenComparing(Gap::skill))
                .limit(limit).toList();
    }

    private static void count(Map<String, int[]> counts, Map<String, String> names, String skill, int column,
            int times) {
        if (skill.isBlank()) {
            return;
        }
        String key = skill.strip().toLowerCase(java.util.Locale.ROOT);
        names.putIfAbsent(key, skill.strip());
        counts.computeIfAbsent(key, ignored -> new int[2])[column] += times;
    }

    /** The estimate's percentiles, or null when it has too little data to give them. */
    static Spread spread(JsonNode estimate) {
        List<Long> values = new ArrayList<>();
        for (String name : List.of("p10", "p25", "median", "p75", "p90")) {
            if (!estimate.path(name).isNumber()) {
                return null;
            }
            values.add(estimate.path(name).asLong());
        }
        JsonNode expectation = estimate.path("expectation").path("amount");
        return new Spread(estimate.path("currency").asString("RUB"), values,
                expectation.isNumber() ? expectation.asLong() : null, estimate.path("sampleSize").asInt());
    }
}
