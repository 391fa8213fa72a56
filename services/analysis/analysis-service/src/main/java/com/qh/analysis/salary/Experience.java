package com.qh.analysis.salary;

import java.util.Locale;

/** Work experience as hh.ru buckets it; a number of years falls into one of them. */
public enum Experience {

    NO_EXPERIENCE("noExperience"),
    BETWEEN_1_AND_3("between1And3"),
    BETWEEN_3_AND_6("between3And6"),
    MORE_THAN_6("moreThan6");

    private final String hhId;

    Experience(String hhId) {
        this.hhId = hhId;
    }

    /** hh.ru's id of the bucket, such as {@code between1And3}. */
    public String hhId() {
        return hhId;
    }

    /** The bucket of a number of years, as hh.ru draws the lines (1, 3 and 6 years). */
    public static Experience ofYears(double years) {
        if (years < 0 || Double.isNaN(years)) {
            throw new IllegalArgumentException("years of experience must not be negative");
        }
        return years < 1 ? NO_EXPERIENCE : years < 3 ? BETWEEN_1_AND_3 : years <= 6 ? BETWEEN_3_AND_6 : MORE_THAN_6;
    }

    /**
     * hh.ru's id ({@code noExperience}, {@code between1And3}, {@code between3And6}, {@code moreThan6}) or a number of
     * years; blank is null.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Experience parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        for (Experience experience : values()) {
            if (experience.hhId.equalsIgnoreCase(trimmed) || experience.name().equalsIgnoreCase(trimmed)) {
                return experience;
            }
        }
        try {
            return ofYears(Double.parseDouble(trimmed.replace(',', '.')));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("experience must be one of noExperience, between1And3, between3And6, "
                    + "moreThan6 or a number of years, not '" + trimmed.toLowerCase(Locale.ROOT) + "'");
        }
    }
}
