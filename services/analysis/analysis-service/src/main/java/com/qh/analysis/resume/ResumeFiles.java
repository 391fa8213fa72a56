package com.qh.analysis.resume;

import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.tika.Tika;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import org.springframework.http.HttpStatus;
import org.xml.sax.SAXException;

/**
 * A resume file to {@link ResumeText}: the type from the content (the name only breaks ties), PDFs through
 * {@link PdfLayout} for reading order and layout facts, everything else through Tika's parsers. What cannot be
 * read is a 422 saying why (empty, a scan, encrypted, damaged), a type that is not a resume a 415.
 */
final class ResumeFiles {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** What QH reads as a resume, as the document service keeps them. */
    private static final Set<String> ACCEPTED = Set.of(PDF, DOCX, "application/msword", "application/rtf",
            "application/vnd.oasis.opendocument.text", "text/plain", "application/x-tika-msoffice",
            "application/x-tika-ooxml");

    /** A resume has far fewer characters; a limit keeps a hostile text file from filling the heap. */
    private static final int MAX_CHARACTERS = 500_000;

    private static final Tika TIKA = new Tika();
    private static final AutoDetectParser PARSER = new AutoDetectParser();

    private ResumeFiles() {
    }

    static ResumeText read(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new UnprocessableException("empty-document", "The file is empty: there is no resume to read.");
        }
        String type = detect(content, fileName);
        if (!ACCEPTED.contains(type) && !type.startsWith("text/")) {
            throw new QhException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-document-type",
                    "Unsupported document type", "A resume is read from PDF, DOC, DOCX, RTF, ODT or plain text; "
                            + "this file is " + type + ".");
        }
        ResumeText text;
        try {
            text = PDF.equals(type) ? PdfLayout.read(content) : withTika(content, fileName, type);
        }
        catch (InvalidPasswordException | EncryptedDocumentException e) {
            throw new UnprocessableException("encrypted-document", "The file is protected by a password, so its "
                    + "text cannot be read. Save it without protection and upload it again.");
        }
        catch (IOException | TikaException | SAXException | RuntimeException e) {
            throw new UnprocessableException("unreadable-document", "The file could not be read as " + type
                    + ": it seems damaged. Export it again from the editor and upload the new file.");
        }
        if (!text.hasText()) {
            if (text.imagePages() > 0 || text.images() > 0) {
                throw new UnprocessableException("image-only-document", "The file holds only images of text (a "
                        + "scan or a picture), no text layer: neither QH nor an applicant tracking system can read "
                        + "it. Export the resume from the editor as a PDF with text, or upload the DOCX.");
            }
            throw new UnprocessableException("empty-document", "The file holds no text: there is no resume to "
                    + "read.");
        }
        return text;
    }

    static String detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = new ByteArrayInputStream(content)) {
            String type = TIKA.getDetector().detect(in, metadata).getBaseType().toString();
            return "text/rtf".equals(type) ? "application/rtf" : type;
        }
        catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private static ResumeText withTika(byte[] content, String fileName, String type)
            throws IOException, TikaException, SAXException {
        Blocks handler = new Blocks();
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = new ByteArrayInputStream(content)) {
            PARSER.parse(in, handler, metadata, new ParseContext());
        }

        List<String> lines = new ArrayList<>();
        for (String line : handler.toString().split("\\R")) {
            String cleaned = line.replace('\u00a0', ' ').strip();
            if (!cleaned.isEmpty()) {
                lines.add(cleaned);
            }
        }
        int images = 0;
        List<String> margins = List.of();
        if (DOCX.equals(type)) {
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
                images = docx.getAllPictures().size();
                List<String> parts = new ArrayList<>();
                for (XWPFHeader header : docx.getHeaderList()) {
                    parts.addAll(Arrays.asList(header.getText().split("\\R")));
                }
                for (XWPFFooter footer : docx.getFooterList()) {
                    parts.addAll(Arrays.asList(footer.getText().split("\\R")));
                }
                margins = parts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
        }
        String pages = metadata.get("xmpTPg:NPages");
        int pageCount = 0;
        if (pages == null) {
            pages = metadata.get("meta:page-count");
        }
        if (pages != null) {
            try {
                pageCount = Integer.parseInt(pages.strip());
            }
            catch (NumberFormatException e) {
                pageCount = 0;
            }
        }
        return new ResumeText(type, lines, pageCount, 1, images, List.of(), margins, 0);
    }

    /**
     * Tika's XHTML as lines: every block (paragraph, heading, list item, table cell) ends a line. Tika's own text
     * handler glues an OpenDocument heading to the paragraph after it, and a table's cells into one line.
     */
    private static final class Blocks extends DefaultHandler {

        private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div",
                "td", "th", "tr", "br", "title", "dt", "dd", "blockquote", "pre");

        private final StringBuilder text = new StringBuilder();
        private boolean inHead;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("head".equals(localName)) {
                inHead = true;
            }
            if ("br".equals(localName)) {
                text.append('\n');
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("head".equals(localName)) {
                inHead = false;
            }
            if (BLOCKS.contains(localName)) {
                text.append('\n');
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inHead && text.length() < MAX_CHARACTERS) {
                text.append(ch, start, Math.min(length, MAX_CHARACTERS - text.length()));
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            characters(ch, start, length);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
