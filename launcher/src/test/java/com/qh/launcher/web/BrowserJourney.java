package com.qh.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.qh.launcher.RunningPlatform;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** One browser context walked through pages: each page photographed, checked by axe, its console watched. */
final class BrowserJourney {

    private final RunningPlatform platform;
    final String name;
    final String lang;
    final BrowserContext context;
    final Page page;
    final List<String> violations = new ArrayList<>();
    final List<String> consoleErrors = new ArrayList<>();
    final Path out = Paths.get(System.getProperty("qh.web.screenshots", "target/screenshots"));

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
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(shot + ".png")).setFullPage(true));
        assertThat(page.locator("html").getAttribute("lang")).as(shot).isNotBlank();
        violations.addAll(Axe.seriousViolations(page, shot));
    }

    void finish() {
        context.close();
        assertThat(consoleErrors).as("console errors (a CSP violation shows there)").isEmpty();
        assertThat(violations).as("axe-core's serious and critical violations").isEmpty();
    }
}
