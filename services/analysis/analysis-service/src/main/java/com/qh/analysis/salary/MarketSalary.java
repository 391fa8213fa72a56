package com.qh.analysis.salary;

/**
 * One market vacancy with a salary, as the model learns from it: what hh.ru says of it, unchanged.
 *
 * @param id its id at the source (hh.ru's vacancy id)
 * @param title the vacancy's title
 * @param city the city as the source names it
 * @param experience hh.ru's experience bucket, or null
 * @param employment hh.ru's employment id ({@code full}, {@code part}, ...), or null
 * @param schedule hh.ru's schedule id ({@code fullDay}, {@code remote}, ...), or null
 * @param profession hh.ru's professional role id, or null
 * @param from the lower end of the range, or null
 * @param to the upper end, or null
 * @param currency the currency's code as the source writes it ({@code RUR} is the rouble)
 * @param gross whether the range is before income tax; null when the source does not say
 */
public record MarketSalary(String id, String title, String city, Experience experience, String employment,
        String schedule, String profession, Double from, Double to, String currency, Boolean gross) {

    /** The middle of the range, or its one end; null without either. */
    public Double midpoint() {
        if (from != null && to != null) {
            return (from + to) / 2;
        }
        return from != null ? from : to;
    }
}
