package com.qh.test;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Ends a test run in order, while the JVM is still running: first the Spring contexts the run left open (their
 * connection pools, listener containers and outbox pollers), then the embedded PostgreSQL and broker.
 *
 * <p>Left to the JVM's shutdown hooks, all of this ran at once: the PostgreSQL library's own hook stopped the
 * server while Spring's hook was still closing contexts, whose last queries (Spring Modulith's look at incomplete
 * event publications) then waited the pool's 30-second connection timeout, and surefire killed every test JVM
 * 30 seconds after {@code System.exit}. Surefire (and every other JUnit Platform launcher) closes the launcher
 * session before that exit. Registered in {@code META-INF/services}; the shutdown hooks remain for a JVM that
 * ends otherwise.
 *
 * <p>A launcher session is one test run: a later session in the same JVM (some IDEs re-run tests so) starts new
 * servers, but Spring's context cache would still hold the contexts closed here, so such a runner must not reuse
 * the JVM across sessions. Surefire and failsafe use one session per forked JVM.
 */
public class QhTestRunEnd implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        OpenContexts.closeAll();
        TestInfrastructure.Embedded.stopIfStarted();
    }
}
