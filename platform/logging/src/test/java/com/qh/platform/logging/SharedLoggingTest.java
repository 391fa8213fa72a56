package com.qh.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystemFactory;
import org.springframework.core.io.support.SpringFactoriesLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lines of services sharing one logback: each names its app from the thread's context class loader, as the
 * launcher names them ({@code qh-<app>} over {@code qh-shared}). Encoders are tried on a context of their own, so
 * this JVM's logging stays as it was; {@code install} itself runs in the launcher's end-to-end suite.
 */
class SharedLoggingTest {

    private final URLClassLoader shared = new URLClassLoader("qh-shared", new URL[0], getClass().getClassLoader());
    private final URLClassLoader services = new URLClassLoader("qh-shared-1", new URL[0], shared);
    private final URLClassLoader auth = new URLClassLoader("qh-auth", new URL[0], services);

    @Test
    void namesTheAppOfTheFirstQhLoaderUpFromTheContextLoader() throws Exception {
        // Tomcat runs requests with a web-app loader of its own under the app's.
        URLClassLoader tomcat = new URLClassLoader(null, new URL[0], auth);

        assertThat(onThreadWith(tomcat, SharedLogging::currentApp)).isEqualTo("auth");
        assertThat(onThreadWith(auth, SharedLogging::currentApp)).isEqualTo("auth");
        assertThat(onThreadWith(shared, SharedLogging::currentApp)).isEqualTo("-");
        assertThat(onThreadWith(services, SharedLogging::currentApp)).isEqualTo("-");
        assertThat(onThreadWith(null, SharedLogging::currentApp)).isEqualTo("-");
    }

    @Test
    void writesBootsLogstashJsonWithTheAppAsService() throws Exception {
        Encoder<ILoggingEvent> encoder = SharedLogging.jsonEncoder(new LoggerContext());

        String line = onThreadWith(auth, () -> new String(encoder.encode(event("Signed in")), StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        Map<String, Object> json = JsonMapper.builder().build().readValue(line, Map.class);
        assertThat(json).containsEntry("service", "auth").containsEntry("message", "Signed in")
                .containsEntry("level", "INFO").containsEntry("logger_name", "com.qh.auth.Sessions")
                .containsKey("@timestamp");
        assertThat(line).endsWith("\n").hasLineCount(1);
    }

    @Test
    void writesTextWithTheAppInBrackets() throws Exception {
        Encoder<ILoggingEvent> encoder = SharedLogging.textEncoder(new LoggerContext());

        String line = onThreadWith(auth, () -> new String(encoder.encode(event("Signed in")), StandardCharsets.UTF_8));

        assertThat(line).contains(" INFO --- [auth] ").contains("com.qh.auth.Sessions").endsWith(": Signed in\n");
    }

    @Test
    void leavesBootsLoggingAloneUntilInstalled() {
        // Nothing in this JVM installs it: a service in a JVM of its own keeps Boot's logback set-up.
        assertThat(SharedLogging.installed()).isFalse();
        assertThat(new SharedLogging.Factory().getLoggingSystem(getClass().getClassLoader())).isNull();
    }

    @Test
    void isAmongTheLoggingSystemsBootAsksAheadOfLogback() {
        // Without its spring.factories line it would never be asked, and every service would reset the shared context.
        List<LoggingSystemFactory> factories = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(LoggingSystemFactory.class);
        assertThat(factories.getFirst()).isInstanceOf(SharedLogging.Factory.class);
    }

    private static ILoggingEvent event(String message) {
        // The JVM's context: a fresh one has no MDC adapter, which an event reads its MDC from.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        return new LoggingEvent("x", context.getLogger("com.qh.auth.Sessions"), Level.INFO, message, null, null);
    }

    private static <T> T onThreadWith(ClassLoader loader, Callable<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(work.call());
            }
            catch (Exception e) {
                failure.set(e);
            }
        });
        thread.setContextClassLoader(loader);
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
        return result.get();
    }
}
