package com.qh.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.FilePayload;
import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.User;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The screens where QH earns its place (issue 20), in a real browser against the default run, through the gateway
 * only: a resume uploaded and its review watched to the end; a vacancy matched and a missing skill added to the
 * profile from the match; a resume built (another template, a part moved up, saved), tailored to the vacancy and
 * downloaded as a PDF whose text is read back; a cover letter drafted, edited, saved and downloaded; and the insights
 * dashboard with that data. On a phone in Russian and dark, and on a desktop in English and light; axe-core checks
 * every page and no page may break its Content-Security-Policy.
 *
 * <p>Runs where {@code /usr/bin/chromium} exists (the {@code browser-tests} profile sets {@code qh.web.browser}).
 */
@ExtendWith({RunningPlatform.class, SharedChromium.class})
@EnabledIfSystemProperty(named = "qh.web.browser", matches = "true")
class BrowserJourneyPartTwoTest {

    static final Pattern JOB_PAGE = Pattern.compile(".*/analysis/jobs/[0-9a-f-]{36}$");

    static RunningPlatform platform;
    static Browser chromium;

    @BeforeAll
    static void start(RunningPlatform running, Browser browser) {
        platform = running;
        chromium = browser;
    }

    @ParameterizedTest(name = "{0} {1}x{2} {3}")
    @CsvSource({"phone, 390, 844, ru", "desktop, 1366, 768, en"})
    void reviewsAResumeMatchesAVacancyBuildsAResumeWritesALetterAndSeesInsights(String device, int width,
            int height, String lang) throws IOException {
        User seeker = platform.signUp();
        Profiles.javaDeveloper(platform, seeker);
        BrowserJourney journey = new BrowserJourney(platform, "part2-" + device + "-" + lang, lang,
                chromium.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale(lang)
                        .setAcceptDownloads(true)
                        .setColorScheme("ru".equals(lang) ? ColorScheme.DARK : ColorScheme.LIGHT)));
        Page page = journey.page;
        page.setDefaultTimeout(30_000);
        journey.open("01-sign-in", "/sign-in");
        page.fill("#f-email", seeker.email());
        page.fill("#f-password", RunningPlatform.PASSWORD);
        page.click("main button[type=submit]");
        page.waitForURL("**/vacancies");

        // A resume uploaded: the upload's bar, then the review's progress by the live channel, then its report.
        journey.open("02-upload", "/upload");
        page.setInputFiles("#f-file", new FilePayload("maria-resume.txt", "text/plain", resume()));
        page.click("main form button[type=submit]");
        page.waitForURL(JOB_PAGE, new Page.WaitForURLOptions().setTimeout(120_000));
        page.waitForSelector(".big-score-number");
        journey.look("03-review-finished");

        // A vacancy that asks for Kafka, which the profile lacks: matched, and the skill added from the match.
        journey.open("04-vacancies", "/vacancies");
        page.fill("#f-text", vacancy());
        page.click(".import-card button[type=submit]");
        page.waitForURL(Pattern.compile(".*/vacancies/[0-9a-f-]{36}$"));
        String vacancyId = URI.create(page.url()).getRawPath().substring("/vacancies/".length());
        journey.open("05-match", "/vacancies/" + vacancyId + "/match");
        String missing = page.locator("#missing-skills li").first().locator("input[name=name]").inputValue();
        page.locator("#missing-skills li").first().locator("button[type=submit]").click();
        page.waitForSelector(".notice");
        journey.look("06-match-skill-added");
        String skills = platform.send(platform.request("GET", "/api/v1/profile/skills", seeker.accessToken())).body();
        assertThat(skills).as("the skill added from the match").contains("\"" + missing + "\"");

        // A resume: made from the profile, another template, skills moved up, saved, tailored, downloaded.
        journey.open("07-resumes", "/resumes");
        page.fill("form[action='/resumes'] input[name=title]", "Payments");
        page.click("form[action='/resumes'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/resumes/[0-9a-f-]{36}$"));
        String resumeId = URI.create(page.url()).getRawPath().substring("/resumes/".length());
        page.waitForSelector("#preview img");
        String before = page.getAttribute("#preview img", "src");
        page.locator(".gallery input[name=template]:not(:checked)").first().check();
        page.waitForFunction("before => { const i = document.querySelector('#preview img');"
                + " return i && i.getAttribute('src') !== before; }", before);
        page.focus("#move-SKILLS-up");
        page.keyboard().press("Enter");
        page.waitForSelector(".sections-list + p[role=status]");
        journey.look("08-builder-changed");
        page.click("#design .sticky-actions button.primary");
        page.waitForURL("**/resumes/" + resumeId);
        page.selectOption("#tailor #f-vacancyId", vacancyId);
        page.click("#tailor button[type=submit]");
        page.waitForSelector("#tailored");
        journey.look("09-tailored");
        Download pdf = page.waitForDownload(() -> page.click(".download-actions button[value=pdf]"));
        String text = pdfText(Files.readAllBytes(pdf.path()));
        // The resume is in the page's language: the name in Russian on the phone, in English on the desktop.
        assertThat(text).containsAnyOf("Ivanova", "Иванова").contains("Acme Payments").contains("Java");

        // A cover letter for the vacancy: drafted (streamed in), edited, saved, downloaded.
        journey.open("10-letter-new", "/letters/new?vacancyId=" + vacancyId);
        page.click("form[data-stream] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/letters/[0-9a-f-]{36}$"), new Page.WaitForURLOptions().setTimeout(60_000));
        journey.look("11-letter-drafted");
        String edited = page.inputValue("#f-text") + "\n\nI can start in January.";
        page.fill("#f-text", edited);
        page.click("#letter-form button.primary[type=submit]");
        page.waitForFunction("() => /\\d/.test(document.querySelector('#save-status').textContent)");
        journey.look("12-letter-saved");
        Download letter = page.waitForDownload(() -> page.click(".download-actions button[value=pdf]"));
        assertThat(pdfText(Files.readAllBytes(letter.path()))).contains("I can start in January.");

        // The dashboard, with the match, the application and the gaps above.
        journey.open("13-insights", "/insights");
        assertThat(page.locator("[data-chart]").count()).isGreaterThanOrEqualTo(1);
        journey.finish();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Short words are bound to the next by no-break spaces in the PDF: all spaces count as one here.
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        }
    }

    private static String vacancy() {
        return """
                Senior Java developer
                Northwind Bank, Moscow. Hybrid, 300 000 - 400 000 RUB a month.

                We build the bank's payments platform and look for a senior Java developer.

                Requirements:
                - 5+ years of Java
                - Spring Boot
                - PostgreSQL
                - Kafka

                Nice to have:
                - Kubernetes
                """;
    }

    private static byte[] resume() {
        return """
                Maria Ivanova
                Backend developer
                maria.ivanova@example.org | +7 916 765-43-21 | Moscow

                Experience
                Java Developer, Acme Payments, January 2018 - present
                - Built a payment service in Java and Spring Boot on PostgreSQL
                - Mentored two interns

                Skills
                Java, Spring Boot, PostgreSQL

                Education
                Moscow State University, Applied Mathematics, 2017
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** Profiles the browser journeys start from, written through the API as a person's earlier visits would. */
    static final class Profiles {

        private Profiles() {
        }

        /** A Java developer: names, a headline, two jobs and three skills. */
        static void javaDeveloper(RunningPlatform platform, User seeker) {
            String etag = write(platform, seeker, "PUT", "/api/v1/profile/personal", Map.of(
                    "firstName", Map.of("en", "Maria", "ru", "Мария"), "lastName", Map.of("en", "Ivanova",
                            "ru", "Иванова"),
                    "headline", Map.of("en", "Backend developer", "ru", "Бэкенд-разработчица"),
                    "desiredPosition", Map.of("en", "Java developer", "ru", "Java-разработчик"),
                    "contacts", Map.of("email", "maria@example.org")), "\"v0\"", 200);
            etag = write(platform, seeker, "POST", "/api/v1/profile/experience", Map.of(
                    "employer", Map.of("en", "Corner Shop"), "position", Map.of("en", "Shop assistant"),
                    "startDate", "2016-01", "endDate", "2017-12",
                    "highlights", List.of(Map.of("en", "Served customers at the till"))), etag, 201);
            etag = write(platform, seeker, "POST", "/api/v1/profile/experience", Map.of(
                    "employer", Map.of("en", "Acme Payments"), "position", Map.of("en", "Java Developer"),
                    "startDate", "2018-01", "current", true,
                    "highlights", List.of(Map.of("en", "Mentored two interns"), Map.of("en", "Built a payment "
                            + "service in Java and Spring Boot on PostgreSQL"))), etag, 201);
            for (String skill : List.of("Java", "Spring Boot", "PostgreSQL")) {
                etag = write(platform, seeker, "POST", "/api/v1/profile/skills", Map.of("name", skill), etag, 201);
            }
        }

        private static String write(RunningPlatform platform, User user, String method, String path, Object body,
                String etag, int expected) {
            RunningPlatform.Answer answer = platform.send(platform.json(method, path,
                    RunningPlatform.JSON.writeValueAsString(body), user.accessToken()).header("If-Match", etag));
            assertThat(answer.status()).as(path + " " + answer).isEqualTo(expected);
            return answer.headers().firstValue("ETag").orElseThrow();
        }
    }
}
