package com.qh.launcher.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The test JVM's one Playwright and Chromium for the browser tests against the default run, as
 * {@link com.qh.launcher.RunningPlatform} is its one platform: a test class says
 * {@code @ExtendWith(SharedChromium.class)} and takes a {@link Browser} parameter; the first starts it, and it is
 * closed when the whole run is over. Each test class had started its own (Playwright's driver and a browser
 * process); a test still works in browser contexts of its own (cookies, storage, console).
 */
public final class SharedChromium implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root store outlives every test class and closes what it holds when the whole run is over.
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> new Running(), Running.class).browser;
    }

    /** Playwright with its browser, closed with the root store. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final Playwright playwright = BrowserJourney.playwright();
        private final Browser browser = BrowserJourney.chromium(playwright);

        @Override
        public void close() {
            playwright.close();
        }
    }
}
