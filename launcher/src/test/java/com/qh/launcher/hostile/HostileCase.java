package com.qh.launcher.hostile;

import com.qh.launcher.RunningPlatform.Answer;
import java.util.function.Function;

/**
 * One hostile request and what must come of it.
 *
 * @param area the service or concern it probes (auth, profile, vacancy, document, notification, analysis,
 *     gateway)
 * @param name what it tries, in a few words; unique in the suite
 * @param probe sends the request and returns the answer
 * @param expect what the answer must be beyond what every answer must be ({@link HostileInputTest#everyAnswer})
 */
record HostileCase(String area, String name, Function<Scene, Answer> probe, Expect expect) {

    String displayName() {
        return area + ": " + name;
    }
}
