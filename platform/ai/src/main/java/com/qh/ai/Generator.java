package com.qh.ai;

import java.util.function.Consumer;

/**
 * Writes what a feature asks for: with the configured model when there is one and it answers well, else with the
 * feature's offline engine. Never fails for a model's fault: a timeout, an error, an invalid answer (after one
 * retry) or an open circuit breaker all end in the offline answer, marked as such. The one failure a caller sees is
 * {@link AiBudgetSpentException} (a 429 problem) when the user's daily token budget is spent.
 *
 * <p>A bean of this type is in every application that has {@code qh-ai} on its class path: the model-backed one
 * when {@code qh.ai.base-url} is set, else {@link OfflineGenerator}.
 */
public interface Generator {

    /**
     * Generates the task's result.
     *
     * @throws AiBudgetSpentException when the model would be asked and the user's budget for today is spent
     */
    <T> Generated<T> generate(GenerationTask<T> task);

    /**
     * Generates prose and hands each piece of text to {@code onText} as the model writes it; offline, the whole
     * text is handed over in a few pieces (one per paragraph). Returns the full text once done. If the model fails
     * before writing anything, the offline text is streamed instead; once text has been sent, a failure ends the
     * stream with what was written, marked {@link Fallback#MODEL_ERROR} in the result and not retried, since a
     * client cannot take back what it has shown.
     *
     * @throws AiBudgetSpentException when the user's budget for today is spent
     */
    Generated<String> stream(GenerationTask<String> task, Consumer<String> onText);

    /** Whether a model would be asked for this feature (configured and not switched off for it). */
    boolean modelEnabled(String feature);
}
