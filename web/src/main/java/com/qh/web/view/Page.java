package com.qh.web.view;

import com.qh.web.session.SessionTokens;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The context of one page: its language and messages, the CSRF token for its forms, the signed-in person (or none),
 * where it is (for the navigation and the language switch) and a one-time notice carried over a redirect.
 *
 * @param messages the message bundles ({@code i18n/messages})
 * @param locale {@code ru} or {@code en}
 * @param csrf the token every form sends back; null only on error pages rendered outside the filter chain
 * @param user the signed-in person, or null
 * @param path the request path with its query
 * @param notice a message key shown once at the top ({@code notice.password-changed}), or null
 */
public record Page(MessageSource messages, Locale locale, CsrfToken csrf, SessionTokens user, String path,
        String notice) {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    /** A message in the page's language; {@code {0}}-style arguments. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** A message, or {@code fallback} when the bundles have no such key. */
    public String tOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** {@code ru} or {@code en}: the {@code lang} attribute and the API's language. */
    public String lang() {
        return locale.getLanguage();
    }

    /** The other language, offered by the switch in the header. */
    public String otherLang() {
        return "ru".equals(lang()) ? "en" : "ru";
    }

    /** This page in the other language. */
    public String switchLanguageUrl() {
        return UriComponentsBuilder.fromUriString(path).replaceQueryParam("lang", otherLang()).build().toUriString();
    }

    public boolean signedIn() {
        return user != null;
    }

    /** Whether the navigation item for {@code prefix} is the current one. */
    public boolean at(String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?");
    }

    /** A day, e.g. "4 дек. 2026 г." or "Dec 4, 2026". */
    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** The day of an instant, in the server's zone. */
    public String date(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, ZONE));
    }

    /** A day and time of an instant in the server's zone, e.g. "4 дек. 2026 г., 14:05" or "Dec 4, 2026, 2:05 PM". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(ZONE));
    }

    /** A number with at most one decimal ("2,5", "2.5"). */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A whole number with the locale's grouping ("350 000", "350,000"). */
    public String number(BigDecimal value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale).format(value);
    }
}
