package com.qh.analysis.resume;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and date ranges as resumes write them, in Russian and English: «март 2020 — по настоящее время»,
 * «с 03.2019 по 05.2021», "03/2020 – Present", "Jan 2018 - Dec 2019", "2019–2021", "2020-03 — now".
 */
final class Dates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("янв", 1), Map.entry("фев", 2), Map.entry("мар", 3), Map.entry("апр", 4), Map.entry("май", 5),
            Map.entry("мая", 5), Map.entry("июн", 6), Map.entry("июл", 7), Map.entry("авг", 8), Map.entry("сен", 9),
            Map.entry("окт", 10), Map.entry("ноя", 11), Map.entry("дек", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(?:янв[а-я]*|фев[а-я]*|мар[а-я]*|апр[а-я]*|ма[йя]|июн[а-я]*|июл[а-я]*"
            + "|авг[а-я]*|сен[а-я]*|окт[а-я]*|ноя[а-я]*|дек[а-я]*|jan[a-z]*|feb[a-z]*|mar[a-z]*|apr[a-z]*|may"
            + "|jun[a-z]*|jul[a-z]*|aug[a-z]*|sept?[a-z]*|oct[a-z]*|nov[a-z]*|dec[a-z]*)\\.?";
    private static final String YEAR = "(?:19[5-9]\\d|20[0-4]\\d)";
    private static final String DATE = "(?:" + MONTH + "\\s+" + YEAR + "|(?:0?[1-9]|1[0-2])[./]" + YEAR + "|"
            + YEAR + "[./-](?:0[1-9]|1[0-2])(?![\\d])|" + YEAR + ")(?:\\s*(?:г\\.|года?|г(?![а-я])))?";
    private static final String PRESENT = "(?:(?:по\\s+)?(?:настоящее|наст\\.?)\\s*(?:время|вр\\.?)|н\\.\\s?в\\.?"
            + "|сейчас|текущее\\s+время|present|current(?:ly)?|now|today|till\\s+now|to\\s+date|ongoing)";
    private static final String DASH = "\\s*(?:[-–—‒−]+|\\bпо\\b|\\bto\\b|\\bдо\\b|\\buntil\\b|\\btill\\b)\\s*";

    private static final Pattern RANGE = Pattern.compile("(?iuU)(?:\\b[сc]\\s+)?(?<![\\d./-])(" + DATE + ")" + DASH
            + "(" + PRESENT + "|" + DATE + ")(?![\\d])");
    private static final Pattern SINCE = Pattern.compile("(?iuU)(?:\\bс\\s+|\\bsince\\s+)(" + DATE + ")");
    private static final Pattern ONE = Pattern.compile("(?iu)(?<![\\d./-])(" + DATE + ")(?![\\d])");
    private static final Pattern PRESENT_WORD = Pattern.compile("(?iu)^" + PRESENT + "$");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)^(" + MONTH + ")\\s+(" + YEAR + ")");
    private static final Pattern NUMERIC_MY = Pattern.compile("^(\\d{1,2})[./](\\d{4})");
    private static final Pattern NUMERIC_YM = Pattern.compile("^(\\d{4})[./-](\\d{1,2})");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(\\d{4})");

    private Dates() {
    }

    /**
     * A range found in a text.
     *
     * @param start the first month (January of the year when only a year is written)
     * @param end the last month, or {@code null} for "up to now"
     * @param current whether the range runs to now
     * @param monthPrecise whether both ends name a month
     * @param from where the range starts in the text
     * @param to where it ends
     */
    record Range(YearMonth start, YearMonth end, boolean current, boolean monthPrecise, int from, int to) {
    }

    /** The first date range in a line, or null. */
    static Range range(String line) {
        Matcher m = RANGE.matcher(line);
        while (m.find()) {
            Point start = point(m.group(1), false);
            String second = m.group(2).strip();
            boolean current = PRESENT_WORD.matcher(second).matches();
            Point end = current ? null : point(second, true);
            if (start == null || !current && end == null) {
                continue;
            }
            if (end != null && end.month().isBefore(start.month())) {
                continue;
            }
            return new Range(start.month(), end == null ? null : end.month(), current,
                    start.precise() && (end == null || end.precise()), m.start(), m.end());
        }
        int tab = line.lastIndexOf('\t');
        if (tab >= 0) {
            // A single month or season right-aligned on a header line: a job that lasted less than a season.
            String last = line.substring(tab + 1).strip();
            Matcher single = SINGLE.matcher(last);
            if (single.matches()) {
                Point point = single.group(1) != null ? season(single.group(1), single.group(2)) : point(last, false);
                if (point != null) {
                    return new Range(point.month(), point.month(), false, point.precise(), tab + 1, line.length());
                }
            }
        }
        Matcher since = SINCE.matcher(line);
        if (since.find()) {
            Point start = point(since.group(1), false);
            if (start != null) {
                return new Range(start.month(), null, true, start.precise(), since.start(), since.end());
            }
        }
        return null;
    }

    /** The last single date of a line (an education's year of graduation), or null. */
    static YearMonth last(String line) {
        Matcher m = ONE.matcher(line);
        YearMonth last = null;
        while (m.find()) {
            Point p = point(m.group(1), true);
            if (p != null) {
                last = p.month();
            }
        }
        return last;
    }

    /** Whether the line holds a date that reads as one. */
    static boolean hasDate(String line) {
        return ONE.matcher(line).find();
    }

    private static final Pattern SINGLE = Pattern.compile("(?iu)(?:(spring|summer|fall|autumn|winter|весна|лето|"
            + "осень|зима)\\s+(" + YEAR + ")|" + MONTH + "\\s+" + YEAR + "|(?:0?[1-9]|1[0-2])[./]" + YEAR + ")");

    private static Point season(String name, String year) {
        int month = switch (name.toLowerCase(Locale.ROOT)) {
            case "spring", "весна" -> 3;
            case "summer", "лето" -> 6;
            case "fall", "autumn", "осень" -> 9;
            default -> 12;
        };
        return new Point(YearMonth.of(Integer.parseInt(year), month), false);
    }

    private record Point(YearMonth month, boolean precise) {
    }

    private static Point point(String written, boolean endOfYear) {
        String s = written.toLowerCase(Locale.ROOT).strip();
        Matcher m = MONTH_YEAR.matcher(s);
        if (m.find()) {
            String name = m.group(1);
            Integer month = MONTHS.get(name.substring(0, 3));
            return month == null ? null : new Point(YearMonth.of(Integer.parseInt(m.group(2)), month), true);
        }
        m = NUMERIC_MY.matcher(s);
        if (m.find()) {
            int month = Integer.parseInt(m.group(1));
            return month < 1 || month > 12 ? null : new Point(YearMonth.of(Integer.parseInt(m.group(2)), month), true);
        }
        m = NUMERIC_YM.matcher(s);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            return month < 1 || month > 12 ? null : new Point(YearMonth.of(Integer.parseInt(m.group(1)), month), true);
        }
        m = YEAR_ONLY.matcher(s);
        if (m.find()) {
            return new Point(YearMonth.of(Integer.parseInt(m.group(1)), endOfYear ? 12 : 1), false);
        }
        return null;
    }
}
