package com.qh.ai;

import java.util.Objects;

/**
 * Untrusted material a feature shows the model: a vacancy's text, a job page, an uploaded resume. It travels as
 * quoted data between a per-request boundary, labelled, and the system prompt tells the model to ignore any
 * instruction inside it; it is never part of the instructions themselves.
 *
 * @param label what the material is, shown to the model ("vacancy", "job page", "uploaded resume")
 * @param text  the material as received
 */
public record Quoted(String label, String text) {

    public Quoted {
        Objects.requireNonNull(label, "label");
        text = text == null ? "" : text;
    }

    public static Quoted vacancy(String text) {
        return new Quoted("vacancy", text);
    }

    public static Quoted jobPage(String text) {
        return new Quoted("job page", text);
    }

    public static Quoted uploadedResume(String text) {
        return new Quoted("uploaded resume", text);
    }
}
