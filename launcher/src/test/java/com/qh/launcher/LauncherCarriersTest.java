package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The default run's virtual threads get more carriers than cores (docs/architecture.md: carrier threads). */
class LauncherCarriersTest {

    @Test
    void fourCarriersPerCoreAndAtLeastEight() {
        assertThat(Launcher.carriers(1)).isEqualTo(8);
        assertThat(Launcher.carriers(2)).isEqualTo(8);
        assertThat(Launcher.carriers(6)).isEqualTo(24);
    }

    @Test
    void theLauncherSetsTheCarriersBeforeItsMainRuns() throws ClassNotFoundException {
        // Initialising the class runs its static block, which sets the JDK's setting unless one was given.
        Class.forName(Launcher.class.getName(), true, Launcher.class.getClassLoader());
        assertThat(Launcher.CARRIERS).isEqualTo("jdk.virtualThreadScheduler.parallelism");
        assertThat(System.getProperty(Launcher.CARRIERS)).isNotBlank();
    }
}
