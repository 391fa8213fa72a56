package com.qh.launcher;

import java.util.Locale;

/** How the launcher keeps applications' classpaths apart. */
public enum Isolation {

    /** A class loader per application in the launcher's JVM: one heap, one JIT, classes of the JDK shared. */
    CLASSLOADER,

    /**
     * As {@link #CLASSLOADER}, but the services' loaders have one parent holding the libraries they share (Spring,
     * Hibernate, Tomcat, ...), loaded and compiled once: see {@code sharing.SharedLibraries}. The gateway and the
     * web app keep loaders of their own.
     */
    SHARED,

    /** A child JVM per application, started with the launcher's own {@code java}; output goes to the terminal. */
    PROCESS;

    static Isolation parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "qh.launcher.isolation must be shared, classloader or process, not " + value, e);
        }
    }
}
