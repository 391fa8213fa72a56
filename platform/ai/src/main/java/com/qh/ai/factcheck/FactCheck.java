package com.qh.ai.factcheck;

import java.util.List;

/**
 * The result of checking one generated text.
 *
 * @param text        the text that was checked
 * @param unsupported its unsupported claims in text order
 */
public record FactCheck(String text, List<UnsupportedClaim> unsupported) {

    public FactCheck {
        unsupported = List.copyOf(unsupported);
    }

    /** Whether every claim in the text is supported. */
    public boolean clean() {
        return unsupported.isEmpty();
    }

    /**
     * The text without each sentence (in prose) or line (in a bullet list) that holds an unsupported claim.
     */
    public String withoutUnsupported() {
        return Removal.remove(text, unsupported);
    }
}
