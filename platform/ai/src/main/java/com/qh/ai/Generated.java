package com.qh.ai;

import java.util.Objects;

/**
 * A generator's answer and where it came from.
 *
 * @param value         the result: the model's validated answer or the offline engine's
 * @param origin        which engine produced it
 * @param fallback      why the offline engine answered; {@link Fallback#NONE} for the model
 * @param detail        a short English note on the fallback for logs and admins ({@code ""} when none)
 * @param model         the model's name when it answered, else {@code null}
 * @param usage         tokens used, including a failed first try; {@link TokenUsage#NONE} offline
 * @param promptVersion the version line of the prompt file the model was asked with, else {@code null}
 */
public record Generated<T>(T value, Origin origin, Fallback fallback, String detail, String model,
        TokenUsage usage, String promptVersion) {

    public Generated {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fallback, "fallback");
        detail = detail == null ? "" : detail;
        usage = usage == null ? TokenUsage.NONE : usage;
    }

    /** The offline engine's answer, with the reason it answered. */
    public static <T> Generated<T> offline(T value, Fallback why, String detail, TokenUsage spent) {
        return new Generated<>(value, Origin.OFFLINE, why, detail, null, spent, null);
    }

    /** The model's answer. */
    public static <T> Generated<T> model(T value, String model, TokenUsage usage, String promptVersion) {
        return new Generated<>(value, Origin.MODEL, Fallback.NONE, "", model, usage, promptVersion);
    }

    public boolean fromModel() {
        return origin == Origin.MODEL;
    }
}
