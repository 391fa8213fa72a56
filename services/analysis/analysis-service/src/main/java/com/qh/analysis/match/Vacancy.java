package com.qh.analysis.match;

/**
 * The vacancy side of a match.
 *
 * @param title the job title, may be {@code null}
 * @param text the description as the employer wrote it, one paragraph or list item per line; the requirements
 *        are read from it by {@code platform/skills}' extractor
 * @param city where the job is, may be {@code null}
 * @param workFormat onsite, hybrid or remote, may be {@code null}
 * @param salary what it pays, may be {@code null}
 */
public record Vacancy(String title, String text, String city, WorkFormat workFormat, Salary salary) {

    public Vacancy {
        if (text == null) {
            throw new IllegalArgumentException("A vacancy needs its text");
        }
    }

    /** A vacancy known only by its title and text. */
    public static Vacancy ofText(String title, String text) {
        return new Vacancy(title, text, null, null, null);
    }
}
