package com.qh.launcher.sharing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Real jars from the tests' own classpath: logback's two jars name SLF4J's API; AssertJ names none of them. */
final class TestJars {

    static final Path SLF4J = jarOf(org.slf4j.Logger.class);
    static final Path LOGBACK_CLASSIC = jarOf(ch.qos.logback.classic.Logger.class);
    static final Path LOGBACK_CORE = jarOf(ch.qos.logback.core.Appender.class);
    static final Path ASSERTJ = jarOf(org.assertj.core.api.Assertions.class);

    private TestJars() {
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
