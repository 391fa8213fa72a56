package com.qh.vacancy.importing;

import com.qh.vacancy.normalising.Description;
import com.qh.vacancy.normalising.Employment;
import com.qh.vacancy.normalising.Location;
import com.qh.vacancy.normalising.VacancyDraft;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a job page that publishes no JSON-LD: first by the page's own structure where we know it (the LinkedIn
 * guest job page's top card and description), then by Open Graph tags, the first heading and the largest block of
 * main content. A page whose text does not read like a vacancy is refused rather than saved as one.
 */
final class PageFallback {

    private static final List<String> CONTENT = List.of("[itemprop=description]", ".show-more-less-html__markup",
            ".description__text", "#job-description", ".job-description", ".vacancy-description",
            "[data-qa=vacancy-description]", "[class*=description]", "article", "main", "[role=main]", "#content",
            ".content");
    private static final Pattern VACANCY_WORDS = Pattern.compile(
            "требовани|обязанност|условия|опыт работы|вакансия|зарплат|responsibilit|requirement|qualification"
                    + "|experience|what you('ll| will) do|about the role|job description|salary|we offer");
    private static final int MIN_TEXT = 200;

    private PageFallback() {
    }

    /** The draft, or {@code null} when the page does not look like a vacancy. */
    static VacancyDraft read(Document page, String canonicalUrl) {
        String title = first(page, ".top-card-layout__title", ".topcard__title", "h1");
        if (title == null) {
            title = meta(page, "og:title");
        }
        if (title == null) {
            title = page.title().isBlank() ? null : page.title().strip();
        }
        Element content = mainContent(page);
        Description description = content == null ? Description.EMPTY : Description.fromHtml(content.html());
        String text = description.text();
        if (title == null || text.length() < MIN_TEXT
                || !VACANCY_WORDS.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            return null;
        }
        String company = first(page, ".topcard__org-name-link", ".top-card-layout__second-subline a",
                "[itemprop=hiringOrganization]", "[data-qa=vacancy-company-name]");
        if (company == null) {
            company = meta(page, "og:site_name");
        }
        String place = first(page, ".topcard__flavor--bullet", "[itemprop=jobLocation]", "[data-qa=vacancy-view-location]");
        return new VacancyDraft("html", canonicalUrl, canonicalUrl, title, company, null,
                place == null ? Location.UNKNOWN : new Location(null, place, null), employment(page), null, null, null,
                description, List.of(), null);
    }

    /** LinkedIn lists "Employment type: Full-time" among its job criteria. */
    private static Employment employment(Document page) {
        for (Element item : page.select(".description__job-criteria-item")) {
            String header = item.select(".description__job-criteria-subheader").text().toLowerCase(Locale.ROOT);
            String value = item.select(".description__job-criteria-text").text().toLowerCase(Locale.ROOT);
            if (header.contains("employment type")) {
                return switch (value) {
                    case "full-time" -> Employment.FULL;
                    case "part-time" -> Employment.PART;
                    case "contract" -> Employment.PROJECT;
                    case "temporary" -> Employment.TEMPORARY;
                    case "internship" -> Employment.INTERNSHIP;
                    case "volunteer" -> Employment.VOLUNTEER;
                    default -> null;
                };
            }
        }
        return null;
    }

    private static Element mainContent(Document page) {
        page.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg").remove();
        for (String selector : CONTENT) {
            Element best = largest(page.select(selector));
            if (best != null && best.text().length() >= MIN_TEXT) {
                return best;
            }
        }
        return largest(page.select("body > *, div, section"));
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : candidates) {
            int length = candidate.text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    private static String first(Document page, String... selectors) {
        for (String selector : selectors) {
            Element element = page.selectFirst(selector);
            if (element != null && !element.text().isBlank()) {
                return element.text().strip();
            }
        }
        return null;
    }

    static String meta(Document page, String property) {
        Element element = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        String content = element == null ? null : element.attr("content").strip();
        return content == null || content.isEmpty() ? null : content;
    }
}
