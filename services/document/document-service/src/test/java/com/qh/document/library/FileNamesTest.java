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

    @Test
    void dropsBidiControlsAndInvisibleCharacters() {
        assertThat(FileNames.safe("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.safe("\u2066cv\u2069\u200B\u200C\u200D\u2060\uFEFF\u00AD\u061C.pdf")).isEqualTo("cv.pdf");
        assertThat(FileNames.safe("a\u2028b\u2029c\u0085d.pdf")).isEqualTo("abcd.pdf");
        assertThat(FileNames.safe("Резюме\u202A\u202B\u202C\u202D.pdf")).isEqualTo("Резюме.pdf");
        assertThat(FileNames.safe("cv\uD800.pdf")).as("a lone surrogate").isEqualTo("cv.pdf");
        assertThat(FileNames.safe("📄 cv.pdf")).as("a real character outside the BMP stays").isEqualTo("📄 cv.pdf");
    }

    @Test
    void givesANameOfOnlyInvisibleCharactersTheDefault() {
        assertThat(FileNames.safe("\u202E\u200B\u2066")).isEqualTo("document");
        assertThat(FileNames.safe("\u202E.\u200B")).isEqualTo("document");
    }

    @Test
    void neverCutsACharacterInTwoWhenShorteningAName() {
        String name = FileNames.safe("a" + "😀".repeat(150) + ".pdf");

        assertThat(name).endsWith(".pdf").hasSizeLessThanOrEqualTo(200);
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 5))).isFalse();
    }

    @Test
    void neverSendsABidiControlInContentDisposition() {
        String header = FileNames.contentDisposition("attachment", "cv\u202Efdp.exe");

        assertThat(header).isEqualTo("attachment; filename=\"cvfdp.exe\"; filename*=UTF-8''cvfdp.exe");
        assertThat(FileNames.contentDisposition("attachment", "\u202E\u200B"))
                .isEqualTo("attachment; filename=\"document\"; filename*=UTF-8''document");
    }
}
