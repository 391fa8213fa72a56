package com.qh.document.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.document.inspection.AcceptedType;
import org.junit.jupiter.api.Test;

/** File names kept safely and sent back readable by every browser. */
class FileNamesTest {

    @Test
    void keepsOnlyTheLastSegmentWithoutControlCharacters() {
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.safe("C:\\Users\\vera\\cv.pdf")).isEqualTo("cv.pdf");
        assertThat(FileNames.safe("a\r\nb\".pdf")).isEqualTo("ab.pdf");
        assertThat(FileNames.safe("   ")).isEqualTo("document");
        assertThat(FileNames.safe(".hidden")).isEqualTo("hidden");
    }

    @Test
    void givesAFileTheExtensionOfItsRealType() {
        assertThat(FileNames.withExtensionOf("cv.pdf", AcceptedType.PDF)).isEqualTo("cv.pdf");
        assertThat(FileNames.withExtensionOf("notes.pdf", AcceptedType.TXT)).isEqualTo("notes.pdf.txt");
        assertThat(FileNames.withExtensionOf("me.JPEG", AcceptedType.JPEG)).isEqualTo("me.JPEG");
    }

    @Test
    void writesAnRfc6266HeaderWithAnAsciiFallbackForCyrillicNames() {
        String header = FileNames.contentDisposition("attachment", "Резюме Иванова.pdf");

        assertThat(header).isEqualTo("attachment; filename=\"Rezyume Ivanova.pdf\"; "
                + "filename*=UTF-8''%D0%A0%D0%B5%D0%B7%D1%8E%D0%BC%D0%B5%20%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0.pdf");
    }

    @Test
    void neverLetsANameBreakOutOfTheHeader() {
        String header = FileNames.contentDisposition("attachment", "a\";b%c\\d.pdf");

        assertThat(header).startsWith("attachment; filename=\"a__b_c_d.pdf\"; filename*=UTF-8''a%22%3Bb%25c%5Cd.pdf");
    }
}
