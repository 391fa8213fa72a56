package com.qh.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}, or {@code -Dqh.web.chromium}) driven by Playwright for Java, as every
 * browser test of the web app uses it: pages at a size and in a language (Russian dark, English light, so both colour
 * schemes are seen), the console's errors gathered, Vera signed in, and each screen written as a PNG and checked
 * (a language, one h1, labelled controls, named links and buttons, unique ids, and axe-core's serious and critical
 * rules). {@link #close()} asserts that no page logged an error other than a failed resource load (a blocked script
 * or style under the Content-Security-Policy shows there) and that axe-core found nothing.
 */
final class Chromium implements AutoCloseable {

    /** A viewport: its name starts the screenshots' file names. */
    record Size(String name, int width, int height) {
    }

    static final Size PHONE = new Size("phone", 390, 844);
    static final Size SMALL = new Size("small", 360, 740);
    static final Size DESKTOP = new Size("desktop", 1366, 768);

    /**
     * The one Chromium of the test JVM, started by the first browser test and closed when the test run ends
     * ({@link SharedChromium}). Every test class had launched its own: Playwright's driver and a browser process,
     * some 2 s each time on the CI machine. A test still gets fresh contexts (own cookies, storage, console).
     */
    private final com.microsoft.playwright.Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final String base;
    /** Where pictures go: only when asked for with {@code -Dqh.web.screenshots=DIR} (the checks run either way). */
    private final Path out = System.getProperty("qh.web.screenshots") == null ? null
            : Paths.get(System.getProperty("qh.web.screenshots"));
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> axeViolations = new ArrayList<>();

    private Chromium(int port) {
        this.base = "http://localhost:" + port;
        this.browser = SharedChromium.browser();
    }

    /** Chromium against the web app listening on {@code port}: the JVM's one browser, its errors counted anew. */
    static Chromium launch(int port) {
        return new Chromium(port);
    }

    /** Playwright and Debian's Chromium ({@code /usr/bin/chromium}, or {@code -Dqh.web.chromium}), headless. */
    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static com.microsoft.playwright.Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("qh.web.chromium", "/usr/bin/chromium")))
                .setHeadless(true));
    }

    /** A page in a fresh context (its own cookies) at this size, in this language. */
    Page open(Size size, String lang) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(size.width(), size.height()).setLocale(lang)
                .setColorScheme(lang.equals("ru") ? ColorScheme.DARK : ColorScheme.LIGHT));
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    /** Where {@code path} is in the web app. */
    String url(String path) {
        return base + path;
    }

    /** Vera signs in with the password the API stand-in takes, landing on her vacancies. */
    void signIn(Page page) {
        page.navigate(url("/sign-in"));
        page.fill("#f-email", "vera@example.org");
        page.fill("#f-password", "correct horse");
        page.click("main button[type=submit]");
        page.waitForURL("**/vacancies**");
    }

    /** Opens {@code path} and {@link #look looks} at it. */
    void shoot(Page page, String name, String path) {
        page.navigate(url(path));
        look(page, name);
    }

    /**
     * Writes the screen as it is now to {@code name}.png, checks the basics and gathers axe-core's findings. Waits for
     * the document's load event first: after a click that posts a form, the new document is committed but its
     * stylesheet may not be applied yet, and axe then judged the browser's own link colours (a CI run found
     * Chromium's dark-scheme #9e9eff on the unstyled sign-in page).
     */
    void look(Page page, String name) {
        page.waitForLoadState(LoadState.LOAD);
        picture(page, name);
        assertAccessibleBasics(page, name);
        axeViolations.addAll(Axe.seriousViolations(page, name));
    }

    /**
     * Writes the screen as it is now, nothing checked (a state in the middle of something). Only when pictures were
     * asked for: a full-page PNG of every screen at every size was a third of the web module's test time in CI,
     * where nobody looks at them.
     */
    void picture(Page page, String name) {
        if (out == null) {
            return;
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Presses on {@code handle}, moves in small steps (SortableJS starts a drag only once the pointer moves) to the top
     * left of {@code target}, and lets go once {@code landed} is on the page: the dragged row lands before the
     * target's first row. SortableJS (pointer fallback) follows the pointer on timers of its own, and a busy browser
     * released before they ran dropped nothing (a CI run's board test), so the selector names the dragged element in
     * its new place, which it takes during the drag.
     */
    static void drag(Page page, Locator handle, Locator target, String landed) {
        handle.scrollIntoViewIfNeeded();
        BoundingBox from = handle.boundingBox();
        BoundingBox to = target.boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2 - 4, new Mouse.MoveOptions().setSteps(3));
        page.mouse().move(to.x + 20, to.y + 6, new Mouse.MoveOptions().setSteps(12));
        page.mouse().move(to.x + 20, to.y + 4, new Mouse.MoveOptions().setSteps(2));
        page.waitForSelector(landed);
        page.mouse().up();
    }

    List<String> consoleErrors() {
        return consoleErrors.stream().filter(error -> !error.contains("Failed to load resource")).toList();
    }

    @Override
    public void close() {
        // What a test left open is closed here; the browser itself stays for the next test class.
        contexts.forEach(BrowserContext::close);
        assertThat(consoleErrors()).as("console errors (a CSP violation shows here)").isEmpty();
        assertThat(axeViolations).as("axe-core's serious and critical violations").isEmpty();
    }

    /** A language, one h1, labelled controls, named links, buttons and summaries, unique ids. */
    static void assertAccessibleBasics(Page page, String name) {
        Object problems = page.evaluate("""
                () => {
                  const found = [];
                  if (!document.documentElement.lang) found.push('no lang');
                  if (document.querySelectorAll('h1').length !== 1) found.push('h1 count ' + document.querySelectorAll('h1').length);
                  document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(c => {
                    if (!c.labels || c.labels.length === 0) found.push('unlabelled ' + (c.name || c.id));
                  });
                  document.querySelectorAll('a, button, summary').forEach(c => {
                    if (!(c.getAttribute('aria-label') || c.textContent).trim()) found.push('nameless ' + c.outerHTML);
                  });
                  document.querySelectorAll('[id]').forEach(e => {
                    if (document.querySelectorAll('#' + CSS.escape(e.id)).length > 1) found.push('duplicate id ' + e.id);
                  });
                  return found;
                }""");
        assertThat((List<?>) problems).as(name).isEmpty();
    }
}
