package com.qh.experiment;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The app a log line comes from: the name of the logging thread's context class loader, "qh-" taken off. */
public class AppConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String name = loader == null ? null : loader.getName();
        if (name == null) return "-";
        return name.startsWith("qh-") ? name.substring(3) : name;
    }
}
