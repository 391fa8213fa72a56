package com.qh.vacancy.normalising;

/**
 * Years of experience asked for.
 *
 * @param min at least
 * @param max at most, or {@code null} when open
 */
public record YearsRange(int min, Integer max) {
}
