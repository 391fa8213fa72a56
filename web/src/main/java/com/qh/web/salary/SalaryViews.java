package com.qh.web.salary;

import com.qh.web.view.Page;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The analysis service's salary answer as the salary page shows it, in the page's language. */
public final class SalaryViews {

    private SalaryViews() {
    }

    /**
     * An estimate.
     *
     * @param available whether there are figures (with too little data the service says so instead)
     * @param p10 formatted, or empty; and so the others
     * @param sampleSize comparable vacancies it stands on
     * @param confidence {@code HIGH}, {@code MEDIUM}, {@code LOW} or {@code NONE}, or empty
     * @param basis {@code NET} or {@code GROSS}
     * @param explanation what it stands on, in the page's language
     * @param expectation the person's expectation among the percentiles, or null
     * @param chart where each figure sits on the bar, or null without figures
     * @param comparables the nearest vacancies
     */
    public record Estimate(boolean available, String p10, String p25, String median, String p75, String p90,
            int sampleSize, String confidence, String basis, String explanation, Expectation expectation, Chart chart,
            List<Similar> comparables) {
    }

    /**
     * The person's expectation.
     *
     * @param amount formatted
     * @param percentile share of comparable offers below it, 0-100
     * @param text "Above 81 % of comparable offers." in the page's language
     */
    public record Expectation(String amount, int percentile, String text) {
    }

    /**
     * The percentile bar: each figure's place as a share of the bar's width ("37.5%", SVG's own percentages, so the
     * text keeps its size at any width and no style attribute is needed).
     *
     * @param p10 where p10 is; and so the others
     * @param expectation where the expectation is, or null
     * @param expectationAnchor {@code start}, {@code middle} or {@code end}: its label stays inside the bar's ends
     * @param label the chart's text alternative
     */
    public record Chart(String p10, String p25, String median, String p75, String p90, String expectation,
            String expectationAnchor, String label) {

        /** The width between two places ("12.5%"), for the rectangles. */
        public static String span(String from, String to) {
            return percent(value(to) - value(from));
        }

        private static double value(String percent) {
            return Double.parseDouble(percent.substring(0, percent.length() - 1));
        }
    }

    /**
     * A comparable vacancy.
     *
     * @param title its title
     * @param city its city, or empty
     * @param salary its salary as the source gave it, formatted
     * @param link its page on hh.ru, or null
     */
    public record Similar(String title, String city, String salary, String link) {
    }

    static Estimate estimate(JsonNode answer, Page page) {
        boolean available = answer.path("median").isNumber() && answer.path("p10").isNumber()
                && answer.path("p90").isNumber();
        String explanation = "ru".equals(page.lang()) ? answer.path("explanationRu").asString("") : "";
        if (explanation.isBlank()) {
            explanation = answer.path("explanation").asString("");
        }
        Expectation expectation = null;
        JsonNode placed = answer.path("expectation");
        if (placed.isObject() && placed.path("amount").isNumber()) {
            String text = placed.path(page.lang()).asString("");
            expectation = new Expectation(money(placed.path("amount"), page), placed.path("percentile").asInt(0),
                    text.isBlank() ? placed.path("ru".equals(page.lang()) ? "en" : "ru").asString("") : text);
        }
        List<Similar> comparables = new ArrayList<>();
        for (JsonNode vacancy : answer.path("comparables")) {
            String id = vacancy.path("sourceId").asString("");
            comparables.add(new Similar(vacancy.path("title").asString(""), vacancy.path("city").asString(""),
                    offered(vacancy, page), id.matches("\\d{1,15}") ? "https://hh.ru/vacancy/" + id : null));
        }
        Chart chart = available ? chart(answer, expectation, placed, page) : null;
        return new Estimate(available, money(answer.path("p10"), page), money(answer.path("p25"), page),
                money(answer.path("median"), page), money(answer.path("p75"), page), money(answer.path("p90"), page),
                answer.path("sampleSize").asInt(0), answer.path("confidence").asString(""),
                answer.path("basis").asString("NET"), explanation, expectation, chart, comparables);
    }

    /**
     * The bar runs from a little below the lowest figure to a little above the highest (the expectation included,
     * so it is always on the bar, however far out).
     */
    static Chart chart(JsonNode answer, Expectation expectation, JsonNode placed, Page page) {
        double p10 = answer.path("p10").asDouble();
        double p90 = answer.path("p90").asDouble();
        Double wanted = expectation == null ? null : placed.path("amount").asDouble();
        double low = wanted == null ? p10 : Math.min(p10, wanted);
        double high = wanted == null ? p90 : Math.max(p90, wanted);
        double pad = Math.max((high - low) * 0.06, 1);
        double from = low - pad;
        double width = high + pad - from;
        String at = wanted == null ? null : percent((wanted - from) / width * 100);
        String anchor = null;
        if (at != null) {
            double x = (wanted - from) / width * 100;
            anchor = x < 20 ? "start" : x > 80 ? "end" : "middle";
        }
        String label = page.t("salary.chart.label", money(answer.path("p10"), page), money(answer.path("median"), page),
                money(answer.path("p90"), page))
                + (expectation == null ? "" : " " + page.t("salary.chart.expectation", expectation.amount(),
                        expectation.text()));
        return new Chart(place(answer.path("p10"), from, width), place(answer.path("p25"), from, width),
                place(answer.path("median"), from, width), place(answer.path("p75"), from, width),
                place(answer.path("p90"), from, width), at, anchor, label);
    }

    private static String place(JsonNode value, double from, double width) {
        return percent((value.asDouble(from) - from) / width * 100);
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", Math.clamp(value, 0, 100));
    }

    /** "80 000 – 100 000 RUR, after tax" as the vacancy gave it. */
    private static String offered(JsonNode vacancy, Page page) {
        JsonNode from = vacancy.path("salaryFrom");
        JsonNode to = vacancy.path("salaryTo");
        String currency = vacancy.path("currency").asString("");
        if ("RUR".equals(currency) || "RUB".equals(currency)) {
            currency = "₽";
        }
        String range;
        if (from.isNumber() && to.isNumber()) {
            range = page.number(from.decimalValue()) + "\u00a0–\u00a0" + page.number(to.decimalValue());
        }
        else if (from.isNumber()) {
            range = page.t("vacancy.salary-from", page.number(from.decimalValue()));
        }
        else if (to.isNumber()) {
            range = page.t("vacancy.salary-to", page.number(to.decimalValue()));
        }
        else {
            return "";
        }
        String basis = vacancy.path("gross").isBoolean()
                ? page.t(vacancy.path("gross").asBoolean() ? "salary.gross" : "salary.net") : "";
        return range + "\u00a0" + currency + (basis.isEmpty() ? "" : ", " + basis);
    }

    private static String money(JsonNode value, Page page) {
        return value.isNumber() ? page.number(BigDecimal.valueOf(value.asLong())) + "\u00a0₽" : "";
    }
}
