package com.qh.launcher;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Files and bodies built in the test: small PDFs, a Windows program, ZIPs written by hand, decompression bombs and
 * polyglots, for the end-to-end tests of documents and the hostile suite alike.
 */
public final class Payloads {

    private static final int MIB = 1 << 20;

    private Payloads() {
    }

    /** The smallest PDF a reader opens, with a comment that tells copies apart. */
    public static byte[] pdf(String marker) {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "% " + marker + "\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A Windows program's first bytes: the "MZ" header pointing at a "PE" signature. */
    public static byte[] executable() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    /** A ZIP of small stored entries, in the given order (names may be anything, {@code ../} included). */
    public static byte[] zip(Map<String, byte[]> entries) {
        ZipWriter zip = new ZipWriter();
        entries.forEach(zip::stored);
        return zip.finish();
    }

    /**
     * A DOCX (its content types and a {@code word/document.xml}) whose document inflates to {@code gib} GiB of zeros
     * from about a megabyte per GiB: the deflate blocks of one MiB of zeros, repeated.
     */
    public static byte[] docxBomb(int gib) {
        ZipWriter zip = new ZipWriter();
        zip.stored("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
        zip.stored("_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8));
        zip.zeros("word/document.xml", (long) gib * 1024);
        return zip.finish();
    }

    /** A DOCX that is a ZIP of many small nested ZIPs (42.zip's idea, one level). */
    public static byte[] nestedZips(int count) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        byte[] inner = docxBomb(1);
        for (int i = 0; i < count; i++) {
            entries.put("word/embeddings/bomb" + i + ".zip", inner);
        }
        return zip(entries);
    }

    /** A PDF with a ZIP appended: PDF readers and ZIP readers both open it. */
    public static byte[] pdfZipPolyglot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(pdf("polyglot"));
        bytes.writeBytes(zip(Map.of("payload.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
        return bytes.toByteArray();
    }

    /** An HTML page that starts like a PDF, for a browser that sniffs. */
    public static byte[] pdfHtmlPolyglot() {
        return ("%PDF-1.4\n<html><body><script>alert(document.domain)</script></body></html>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A ZIP written entry by entry, with sizes and CRCs in the local headers. */
    private static final class ZipWriter {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private int count;

        void stored(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry(name, 0, crc.getValue(), content, content.length);
        }

        /** {@code mib} MiB of zeros, deflated. */
        void zeros(String name, long mib) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(new byte[MIB]);
            byte[] buffer = new byte[64 * 1024];
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            int produced;
            do {
                produced = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                block.write(buffer, 0, produced);
            } while (produced == buffer.length || !deflater.needsInput());
            deflater.end();
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            byte[] oneMib = block.toByteArray();
            CRC32 crc = new CRC32();
            byte[] zeros = new byte[MIB];
            for (long i = 0; i < mib; i++) {
                data.writeBytes(oneMib);
                crc.update(zeros);
            }
            data.write(3);   // the final, empty fixed-Huffman block
            data.write(0);
            entry(name, 8, crc.getValue(), data.toByteArray(), mib * MIB);
        }

        private void entry(String name, int method, long crc, byte[] data, long size) {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            ByteBuffer local = le(30);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) method)
                    .putShort((short) 0).putShort((short) 0x21).putInt((int) crc).putInt(data.length).putInt((int) size)
                    .putShort((short) nameBytes.length).putShort((short) 0);
            out.writeBytes(local.array());
            out.writeBytes(nameBytes);
            out.writeBytes(data);
            ByteBuffer header = le(46);
            header.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) method).putShort((short) 0).putShort((short) 0x21).putInt((int) crc)
                    .putInt(data.length).putInt((int) size).putShort((short) nameBytes.length).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
            central.writeBytes(header.array());
            central.writeBytes(nameBytes);
            count++;
        }

        byte[] finish() {
            int centralOffset = out.size();
            out.writeBytes(central.toByteArray());
            ByteBuffer end = le(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                    .putShort((short) count).putInt(central.size()).putInt(centralOffset).putShort((short) 0);
            out.writeBytes(end.array());
            return out.toByteArray();
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
