package com.qh.ai;

import java.util.function.Consumer;

/**
 * The generator with no model: every task is answered by its own offline engine, nothing leaves the server, no
 * budget is checked and no usage recorded. It is the default, and the model-backed generator's fallback.
 */
public final class OfflineGenerator implements Generator {

    private final Fallback reason;
    private final String detail;

    /** The generator used when no model is configured. */
    public OfflineGenerator() {
        this(Fallback.NOT_CONFIGURED, "No model is configured (qh.ai.base-url is unset).");
    }

    OfflineGenerator(Fallback reason, String detail) {
        this.reason = reason;
        this.detail = detail;
    }

    @Override
    public <T> Generated<T> generate(GenerationTask<T> task) {
        return Generated.offline(task.offline().get(), reason, detail, TokenUsage.NONE);
    }

    @Override
    public Generated<String> stream(GenerationTask<String> task, Consumer<String> onText) {
        Generated<String> answer = generate(task);
        emitInParagraphs(answer.value(), onText);
        return answer;
    }

    @Override
    public boolean modelEnabled(String feature) {
        return false;
    }

    /** Hands text over one paragraph at a time, each with the blank line that ends it, so pieces join back. */
    public static void emitInParagraphs(String text, Consumer<String> onText) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int from = 0;
        while (from < text.length()) {
            int cut = text.indexOf("\n\n", from);
            int end = cut < 0 ? text.length() : cut + 2;
            onText.accept(text.substring(from, end));
            from = end;
        }
    }
}
