package com.qh.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.qh.launcher.RunningPlatform;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One browser context walked through pages: each page photographed, checked by axe, its console watched. */
final class BrowserJourney {

    /** Playwright for Java, told not to download a browser of its own. */
    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Debian's Chromium ({@code -Dqh.web.chromium} to use another), headless. */
    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("qh.web.chromium", "/usr/bin/chromium")))
                .setHeadless(true));
    }

    private final RunningPlatform platform;
    final String name;
    final String lang;
    final BrowserContext context;
    final Page page;
    final List<String> violations = new ArrayList<>();
    final List<String> consoleErrors = new ArrayList<>();
    /** Where pictures go: only when asked for with {@code -Dqh.web.screenshots=DIR} (the checks run either way). */
    final Path out = System.getProperty("qh.web.screenshots") == null ? null
            : Paths.get(System.getProperty("qh.web.screenshots"));

    BrowserJourney(RunningPlatform platform, String name, String lang, BrowserContext context) {
        this.platform = platform;
        this.name = name;
        this.lang = lang;
        this.context = context;
        this.page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().contains("Failed to load resource")) {
                consoleErrors.add(page.url() + ": " + message.text());
            }
        });
    }

    void open(String screen, String path) {
        page.navigate(platform.platform().gatewayUrl() + path);
        look(screen);
    }

    void look(String screen) {
        String shot = "journey-" + name + "-" + screen;
        if (out != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(shot + ".png")).setFullPage(true));
        }
        assertThat(page.locator("html").getAttribute("lang")).as(shot).isNotBlank();
        violations.addAll(Axe.seriousViolations(page, shot));
    }

    void finish() {
        context.close();
        assertThat(consoleErrors).as("console errors (a CSP violation shows there)").isEmpty();
        assertThat(violations).as("axe-core's serious and critical violations").isEmpty();
    }
}
