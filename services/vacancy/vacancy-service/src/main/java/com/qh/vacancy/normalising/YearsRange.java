package com.qh.vacancy.normalising;

import jakarta.persistence.Embeddable;

/**
 * Years of experience asked for.
 *
 * @param min at least
 * @param max at most, or {@code null} when open
 */
@Embeddable
public record YearsRange(int min, Integer max) {
}
