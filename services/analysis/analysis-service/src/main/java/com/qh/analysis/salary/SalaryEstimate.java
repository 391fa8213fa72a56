package com.qh.analysis.salary;

import java.util.List;

/**
 * An estimate of monthly pay in roubles on one basis, with what it stands on.
 *
 * @param currency always {@code RUB}
 * @param period always {@code month}
 * @param basis gross or net
 * @param p10 the 10th percentile, or null when there is too little data to say
 * @param p25 the 25th percentile, or null
 * @param median the median, or null
 * @param p75 the 75th percentile, or null
 * @param p90 the 90th percentile, or null
 * @param sampleSize how many market vacancies resemble the title closely enough to count as comparable
 * @param confidence how far to trust the figures
 * @param comparables up to 10 of the most comparable market vacancies, nearest first
 * @param explanation what the figures stand on and any fallback taken, in plain words (English)
 * @param explanationRu the same in Russian
 */
public record SalaryEstimate(String currency, String period, Basis basis, Long p10, Long p25, Long median, Long p75,
        Long p90, int sampleSize, Confidence confidence, List<Comparable> comparables, String explanation,
        String explanationRu) {

    public SalaryEstimate {
        comparables = List.copyOf(comparables);
    }

    /** How far to trust an estimate. */
    public enum Confidence {
        /** Many close comparables in the city asked: the figures are the market's. */
        HIGH,
        /** Enough comparables, some of them from a wider area or less alike. */
        MEDIUM,
        /** Few comparables: a rough guide. */
        LOW,
        /** Too little data for a fair answer: no figures. */
        NONE
    }

    /**
     * A market vacancy behind the estimate, with its salary as the source gave it.
     *
     * @param title its title
     * @param city its city
     * @param salaryFrom the lower end, or null
     * @param salaryTo the upper end, or null
     * @param currency the currency as the source wrote it
     * @param gross whether the range is before tax, or null when the source does not say
     * @param sourceId its id at the source (hh.ru)
     * @param similarity how alike the titles are, 0 to 1
     */
    public record Comparable(String title, String city, Double salaryFrom, Double salaryTo, String currency,
            Boolean gross, String sourceId, double similarity) {
    }
}
