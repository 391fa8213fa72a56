package com.qh.skills.requirements;

/**
 * The years of experience a vacancy asks for.
 *
 * @param minYears at least this many years
 * @param maxYears at most this many, or {@code null} when the vacancy names only a minimum
 * @param evidence the sentence it was read from
 */
public record Experience(int minYears, Integer maxYears, String evidence) {
}
