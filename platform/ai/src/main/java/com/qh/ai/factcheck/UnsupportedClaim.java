package com.qh.ai.factcheck;

/**
 * A claim in generated text that neither the profile nor the target vacancy supports.
 *
 * @param start  offset of the claim's first character in the checked text
 * @param end    offset just past its last character
 * @param span   the claim as written, {@code text.substring(start, end)}
 * @param kind   what kind of fact it states
 * @param reason a short English sentence a user can read, such as "The profile names no employer called Google."
 */
public record UnsupportedClaim(int start, int end, String span, ClaimKind kind, String reason) {
}
