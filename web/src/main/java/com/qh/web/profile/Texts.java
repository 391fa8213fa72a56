package com.qh.web.profile;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Showing the profile's bilingual texts and partial dates in the page's language. */
final class Texts {

    private Texts() {
    }

    /** The variant in {@code lang}, else the other one, else empty: a profile kept in one language still reads. */
    static String pick(JsonNode text, String lang) {
        String wanted = text.path(lang).asString("");
        if (!wanted.isBlank()) {
            return wanted;
        }
        return text.path("ru".equals(lang) ? "en" : "ru").asString("");
    }

    /** {@code 2021-03} as "Mar 2021" / "март 2021"; a year stays a year, a day shows its month. */
    static String partialDate(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (value.length() >= 7) {
            YearMonth month = YearMonth.parse(value.substring(0, 7));
            return DateTimeFormatter.ofPattern("LLL yyyy", locale).format(month);
        }
        return value;
    }
}
