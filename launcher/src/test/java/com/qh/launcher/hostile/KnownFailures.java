package com.qh.launcher.hostile;

import java.util.Map;
import java.util.Optional;

/**
 * Cases that still fail because of a bug another module has not fixed yet, by display name, with the reason. They are
 * skipped as {@code @Disabled("issue 21: <reason>")} would skip them, and listed in the test report as skipped; whoever
 * fixes the bug deletes the line and the case runs again. Nothing else may be listed here: a case that fails for
 * any other reason is a failure.
 */
final class KnownFailures {

    private static final Map<String, String> BY_NAME = Map.of();

    private KnownFailures() {
    }

    /** Why {@code displayName} is disabled, if it is. */
    static Optional<String> reason(String displayName) {
        return Optional.ofNullable(BY_NAME.get(displayName)).map(reason -> "issue 21: " + reason);
    }
}
