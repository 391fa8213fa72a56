package com.qh.skills;

/**
 * A word of a text as the matcher sees it.
 *
 * @param raw the word as written
 * @param key its lower-cased, stemmed form that aliases are compared by
 * @param start where it starts in the text
 * @param end where it ends in the text (exclusive)
 */
record Token(String raw, String key, int start, int end) {
}
