package com.qh.launcher.analysis;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF with a real text layer, written by hand: lines of ASCII text in Helvetica (one of the standard 14
 * fonts, which readers need not embed), with a correct cross-reference table. Enough for the parser and the ATS
 * check to read a resume as they read one a word processor exported; the launcher's tests have no PDF library.
 */
final class TextPdf {

    private TextPdf() {
    }

    /** The lines, top to bottom, 11 pt on 15 pt leading, from the top-left margin of an A4 page. */
    static byte[] of(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 11 Tf 15 TL 56 770 Td\n");
        for (String line : lines) {
            text.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                    .append(") Tj T*\n");
        }
        text.append("ET\n");
        List<String> objects = List.of(
                "<</Type/Catalog/Pages 2 0 R>>",
                "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
                "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
                "<</Length " + text.length() + ">>\nstream\n" + text + "endstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append("%010d 00000 n \n".formatted(offset)));
        write(pdf, table + "trailer\n<</Size " + (objects.size() + 1) + "/Root 1 0 R>>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
