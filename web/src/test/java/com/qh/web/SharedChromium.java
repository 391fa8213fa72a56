package com.qh.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The test JVM's one Playwright and Chromium for every browser test ({@link Chromium}, {@link AxeTest}): started at
 * first use, closed when the test run ends (a launcher session listener, registered in {@code META-INF/services}
 * beside qh-test-support's, as surefire closes the session before the JVM exits).
 */
public final class SharedChromium implements LauncherSessionListener {

    private static Playwright playwright;
    private static Browser browser;

    /** The browser, launched on the first call. Browser tests run one at a time on JUnit's main thread. */
    static synchronized Browser browser() {
        if (browser == null) {
            playwright = Chromium.playwright();
            browser = Chromium.chromium(playwright);
        }
        return browser;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (SharedChromium.class) {
            if (playwright != null) {
                playwright.close();
                playwright = null;
                browser = null;
            }
        }
    }
}
