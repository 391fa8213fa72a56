package com.qh.analysis.ats;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * How well applicant tracking systems can read a resume file.
 *
 * @param score 0-100: 100 less what each finding costs
 * @param findings what is wrong or worth knowing, worst first
 * @param facts what the check saw in the file
 */
@Schema(description = "How well applicant tracking systems can read a resume file")
public record AtsReport(int score, List<Finding> findings, Facts facts) {

    public AtsReport {
        findings = List.copyOf(findings);
    }

    /** How much a finding matters. */
    public enum Severity { CRITICAL, ERROR, WARNING, INFO }

    /**
     * One finding.
     *
     * @param code stable, for clients to switch on ({@code NO_TEXT_LAYER}, {@code CONTACTS_IN_HEADER}, ...)
     * @param penalty the points it takes off the score
     * @param en the message in English
     * @param ru the message in Russian
     */
    public record Finding(String code, Severity severity, int penalty, String en, String ru) {
    }

    /**
     * What the check saw.
     *
     * @param mediaType the type read from the content
     * @param bytes the file's size
     * @param pages the page count (0 when the format has none)
     * @param columns the most columns on a page
     * @param words words of text read
     * @param images embedded pictures
     * @param fontsNotEmbedded fonts a PDF uses without carrying them
     * @param sections the standard section headings found
     */
    public record Facts(String mediaType, long bytes, int pages, int columns, int words, int images,
            List<String> fontsNotEmbedded, List<String> sections) {

        public Facts {
            fontsNotEmbedded = List.copyOf(fontsNotEmbedded);
            sections = List.copyOf(sections);
        }
    }
}
