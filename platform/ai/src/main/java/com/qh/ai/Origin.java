package com.qh.ai;

/** Which engine produced a {@link Generated} answer. */
public enum Origin {

    /** The configured OpenAI-compatible model wrote it, and its answer passed validation. */
    MODEL,

    /** The feature's deterministic engine wrote it, from templates and the profile's own facts. */
    OFFLINE
}
