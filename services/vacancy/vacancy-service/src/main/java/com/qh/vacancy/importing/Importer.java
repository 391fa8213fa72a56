package com.qh.vacancy.importing;

import com.qh.platform.web.QhException;
import com.qh.vacancy.normalising.Description;
import com.qh.vacancy.normalising.VacancyDraft;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what a user brings (a link, pasted text, pasted HTML) into a normalised draft. Links to hh.ru (and its
 * sister sites) are read through the hh.ru API; LinkedIn job links through the public guest job page; any other
 * link is fetched safely and read from its JSON-LD JobPosting, or from its structure when it has none.
 */
@Component
public class Importer {

    private static final Pattern HH_HOST = Pattern.compile(
            "(^|\\.)(hh\\.ru|hh\\.kz|hh\\.uz|hh1\\.az|headhunter\\.ge|headhunter\\.kg|rabota\\.by|jobs\\.tut\\.by)$");
    private static final Pattern HH_PATH = Pattern.compile("^/(?:vacancy|vacancies)/(\\d+)");
    private static final Pattern LINKEDIN_JOB = Pattern.compile("^/jobs/view/(?:[^/]*?-)?(\\d+)/?");
    private static final Pattern LINKEDIN_CURRENT = Pattern.compile("(?:^|&)currentJobId=(\\d+)");
    private static final Pattern TRACKING = Pattern.compile("^(utm_.*|gclid|fbclid|yclid|trk|trackingId|refId|ref|"
            + "from|hhtmFrom|hhtmFromLabel|source|src)$", Pattern.CASE_INSENSITIVE);

    private final HhClient hh;
    private final SafeFetcher fetcher;
    private final JobPostings jobPostings;

    Importer(HhClient hh, SafeFetcher fetcher, JsonMapper json) {
        this.hh = hh;
        this.fetcher = fetcher;
        this.jobPostings = new JobPostings(json);
    }

    /** The vacancy at a link. */
    public VacancyDraft fromUrl(String link) {
        URI url = parse(link);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (HH_HOST.matcher(host).find() || host.equals("api.hh.ru")) {
            Matcher id = HH_PATH.matcher(url.getPath() == null ? "" : url.getPath());
            if (!id.find()) {
                throw FetchFailure.unsupportedSite(host, "This hh.ru link is not a vacancy; import a link such as "
                        + "https://hh.ru/vacancy/12345678.");
            }
            JsonNode vacancy = hh.vacancy(id.group(1));
            return HhVacancies.toDraft(vacancy, hh::countryOf);
        }
        if (host.equals("linkedin.com") || host.endsWith(".linkedin.com")) {
            url = linkedInJob(url, host);
        }
        SafeFetcher.Page page = fetcher.fetch(url);
        VacancyDraft draft = page.isJson() ? fromJson(page) : fromPage(page);
        if (draft == null) {
            throw FetchFailure.notAVacancy(page.url().getHost());
        }
        return draft;
    }

    /** A vacancy pasted as text: the title is given, or the first line. */
    public VacancyDraft fromText(String text, String title, String company, String sourceUrl) {
        Description description = Description.fromText(text);
        String named = title != null && !title.isBlank() ? title.strip() : firstLine(description.text());
        return new VacancyDraft("text", null, sourceUrl, named, company, null, null, null, null, null, null,
                description, List.of(), null);
    }

    /** A vacancy pasted as HTML (a page's source, or a copied description). */
    public VacancyDraft fromHtml(String html, String title, String company, String sourceUrl) {
        Document page = Jsoup.parse(html, sourceUrl == null ? "" : sourceUrl);
        List<JsonNode> postings = jobPostings.find(page);
        if (!postings.isEmpty()) {
            VacancyDraft draft = JobPostings.toDraft(postings.getFirst(), canonical(page, sourceUrl));
            return override(draft, title, company);
        }
        VacancyDraft read = PageFallback.read(page.clone(), canonical(page, sourceUrl));
        if (read != null) {
            return override(read, title, company);
        }
        Description description = Description.fromHtml(page.body().html());
        String named = title != null && !title.isBlank() ? title.strip()
                : page.selectFirst("h1") != null ? page.selectFirst("h1").text() : firstLine(description.text());
        return new VacancyDraft("html", null, sourceUrl, named, company, null, null, null, null, null, null,
                description, List.of(), null);
    }

    private VacancyDraft fromJson(SafeFetcher.Page page) {
        JsonNode document;
        try {
            document = jobPostings.json().readTree(page.body());
        } catch (JacksonException e) {
            return null;
        }
        if (document.has("employer") && document.has("name") && document.has("description")) {
            return HhVacancies.toDraft(document, hh::countryOf);
        }
        List<JsonNode> postings = jobPostings.find(document);
        return postings.isEmpty() ? null : JobPostings.toDraft(postings.getFirst(), clean(page.url()).toString());
    }

    private VacancyDraft fromPage(SafeFetcher.Page page) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(page.body()),
                    page.charset() == null ? null : page.charset().name(), page.url().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String canonical = canonical(document, page.url().toString());
        List<JsonNode> postings = jobPostings.find(document);
        if (!postings.isEmpty()) {
            return JobPostings.toDraft(choose(postings, canonical), canonical);
        }
        return PageFallback.read(document, canonical);
    }

    /** Of several postings on one page, the one the page is about: its URL matches, or else the first. */
    private static JsonNode choose(List<JsonNode> postings, String canonical) {
        return postings.stream().filter(posting -> canonical.equals(Json.text(posting, "url"))).findFirst()
                .orElse(postings.getFirst());
    }

    /** LinkedIn serves a job to guests at /jobs/view/{id}; a search link with currentJobId names one too. */
    private static URI linkedInJob(URI url, String host) {
        Matcher view = LINKEDIN_JOB.matcher(url.getPath() == null ? "" : url.getPath());
        Matcher current = LINKEDIN_CURRENT.matcher(url.getRawQuery() == null ? "" : url.getRawQuery());
        String id = view.find() ? view.group(1) : current.find() ? current.group(1) : null;
        if (id == null) {
            throw FetchFailure.unsupportedSite(host, "Only LinkedIn job links can be imported, such as "
                    + "https://www.linkedin.com/jobs/view/1234567890; LinkedIn shows nothing else without a sign-in.");
        }
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/jobs/view/" + id);
    }

    private static String canonical(Document page, String fallback) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        String canonical = link != null ? link.absUrl("href") : null;
        if (canonical == null || canonical.isBlank()) {
            canonical = PageFallback.meta(page, "og:url");
        }
        if (canonical == null || canonical.isBlank()) {
            canonical = fallback;
        }
        if (canonical == null || canonical.isBlank()) {
            return null;
        }
        try {
            return clean(new URI(canonical)).toString();
        } catch (URISyntaxException e) {
            return fallback;
        }
    }

    /** The URL without its fragment and tracking parameters, so re-imports of one posting find it. */
    static URI clean(URI url) {
        String query = url.getRawQuery() == null ? null : java.util.Arrays.stream(url.getRawQuery().split("&"))
                .filter(pair -> !pair.isEmpty() && !TRACKING.matcher(pair.split("=", 2)[0]).matches())
                .collect(Collectors.joining("&"));
        try {
            return new URI(url.getScheme().toLowerCase(Locale.ROOT), url.getRawAuthority().toLowerCase(Locale.ROOT),
                    url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath(),
                    query == null || query.isEmpty() ? null : query, null).normalize();
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private static URI parse(String link) {
        try {
            URI url = new URI(link.strip());
            if (url.getScheme() == null || url.getHost() == null) {
                throw new URISyntaxException(link, "not absolute");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new QhException(HttpStatus.BAD_REQUEST, "invalid-url", "Invalid link",
                    "'" + link + "' is not a full web address such as https://hh.ru/vacancy/12345678.");
        }
    }

    private static VacancyDraft override(VacancyDraft draft, String title, String company) {
        return new VacancyDraft(draft.source(), draft.sourceKey(), draft.sourceUrl(),
                title != null && !title.isBlank() ? title.strip() : draft.title(),
                company != null && !company.isBlank() ? company.strip() : draft.company(), draft.salary(),
                draft.location(), draft.employment(), draft.schedule(), draft.workFormat(), draft.experience(),
                draft.description(), draft.keySkills(), draft.publishedAt());
    }

    private static String firstLine(String text) {
        String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        line = line.replaceFirst("^-\\s+", "");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
