package com.qh.analysis.ats;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.analysis.resume.ResumeParser;
import com.qh.analysis.resume.Resumes;
import com.qh.skills.SkillTaxonomy;
import org.junit.jupiter.api.Test;

class AtsCheckerTest {

    private final AtsChecker checker = new AtsChecker(new ResumeParser(SkillTaxonomy.builtIn()));

    @Test
    void scoresAPlainOneColumnPdfHighWithEmbeddedFonts() {
        AtsReport report = checker.check(Resumes.javaDeveloperRu(), "cv.pdf");

        assertThat(report.facts().fontsNotEmbedded()).isEmpty();
        assertThat(report.facts().columns()).isEqualTo(1);
        assertThat(report.findings()).extracting(AtsReport.Finding::code)
                .doesNotContain("NO_EMAIL", "NO_PHONE", "NO_EXPERIENCE_HEADING", "MULTI_COLUMN", "FONTS_NOT_EMBEDDED");
        assertThat(report.score()).isGreaterThanOrEqualTo(85);
    }

    @Test
    void warnsOfTwoColumns() {
        AtsReport report = checker.check(Resumes.twoColumnsEn(), "cv.pdf");

        assertThat(report.findings()).extracting(AtsReport.Finding::code).contains("MULTI_COLUMN");
        assertThat(report.score()).isLessThan(100);
    }

    @Test
    void givesAScanZeroWithAReasonInBothLanguages() {
        AtsReport report = checker.check(Resumes.imageOnlyPdf(), "scan.pdf");

        assertThat(report.score()).isZero();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("NO_TEXT_LAYER");
            assertThat(f.ru()).contains("скан");
            assertThat(f.en()).contains("scan");
        });
    }

    @Test
    void findsMissingContactsHeadingsAndUnreadableDates() {
        AtsReport report = checker.check(Resumes.plainText("""
                John Doe
                Experience
                Acme Inc., backend developer, for a few years
                """), "cv.txt");

        assertThat(report.findings()).extracting(AtsReport.Finding::code)
                .contains("NO_EMAIL", "NO_PHONE", "DATES_UNREADABLE", "NO_SKILLS_HEADING", "TOO_SHORT");
        assertThat(report.score()).isLessThan(50);
    }

    @Test
    void findsContactsOnlyInTheHeaderOfADocx() throws Exception {
        byte[] docx;
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            var header = document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
            header.createParagraph().createRun().setText("john@doe.dev · +1 206 555 0100");
            document.createParagraph().createRun().setText("John Doe");
            document.createParagraph().createRun().setText("Experience");
            document.createParagraph().createRun().setText("Developer, Acme Inc. 03/2020 – Present");
            document.write(out);
            docx = out.toByteArray();
        }

        AtsReport report = checker.check(docx, "cv.docx");

        assertThat(report.findings()).extracting(AtsReport.Finding::code).contains("CONTACTS_IN_HEADER");
    }
}
