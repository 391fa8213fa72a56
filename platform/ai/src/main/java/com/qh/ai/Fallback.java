package com.qh.ai;

/** Why the offline engine answered in place of the model; {@link #NONE} when the model answered. */
public enum Fallback {

    /** The model answered. */
    NONE,

    /** No model is configured ({@code qh.ai.base-url} unset): the normal, private default. */
    NOT_CONFIGURED,

    /** A model is configured but this feature is switched off ({@code qh.ai.features.<feature>.enabled=false}). */
    FEATURE_DISABLED,

    /** The answer was not JSON matching the schema, twice (the first try and the one retry). */
    INVALID_ANSWER,

    /** The model did not answer in time, twice. */
    TIMEOUT,

    /** The model refused or failed (5xx, 429, a connection error, 4xx for a bad request) after the one retry. */
    MODEL_ERROR,

    /** The circuit breaker is open after repeated failures: the model is not asked for a while. */
    CIRCUIT_OPEN,

    /** The user's allowance could not be read from auth, so the model was not used unmetered. */
    BUDGET_UNAVAILABLE
}
