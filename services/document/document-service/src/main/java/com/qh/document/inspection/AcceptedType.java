package com.qh.document.inspection;

import java.util.Arrays;
import java.util.Optional;

/** The types the service keeps, with the extension a download gets when the stored name lacks one. */
public enum AcceptedType {

    PDF("application/pdf", "pdf", false),
    DOC("application/msword", "doc", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", true),
    RTF("application/rtf", "rtf", false),
    ODT("application/vnd.oasis.opendocument.text", "odt", true),
    TXT("text/plain", "txt", false),
    /** Markdown (a generated resume's .md): text, kept and downloaded as a file like any other, never rendered. */
    MARKDOWN("text/markdown", "md", false),
    PNG("image/png", "png", false),
    JPEG("image/jpeg", "jpg", false);

    private final String mediaType;
    private final String extension;
    private final boolean zipContainer;

    AcceptedType(String mediaType, String extension, boolean zipContainer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.zipContainer = zipContainer;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** DOCX and ODT are ZIP files inside, and get the ZIP checks. */
    public boolean zipContainer() {
        return zipContainer;
    }

    /** The accepted type of a detected media type, if it is one. */
    public static Optional<AcceptedType> of(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }
}
