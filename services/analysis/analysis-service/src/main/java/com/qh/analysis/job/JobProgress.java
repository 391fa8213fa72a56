package com.qh.analysis.job;

/**
 * What a handler reports as it goes: the step it starts and how far the job is. Each report also renews the
 * worker's lease on the job and is pushed to the user's open tabs (through {@code analysis.progressed.v1}).
 */
@FunctionalInterface
public interface JobProgress {

    /**
     * @param step the step now starting, such as {@code parse} or {@code match}
     * @param percent how far the whole job is, 0-99 (100 is reported when the job is done)
     */
    void step(String step, int percent);
}
