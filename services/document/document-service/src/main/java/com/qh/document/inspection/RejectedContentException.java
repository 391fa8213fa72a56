package com.qh.document.inspection;

import com.qh.platform.web.QhException;
import org.springframework.http.HttpStatus;

/** A file the service does not keep: a type it does not accept, a disguised file, or a decompression bomb. */
public class RejectedContentException extends QhException {

    RejectedContentException(HttpStatus status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    static RejectedContentException unsupported(String detected) {
        return (RejectedContentException) new RejectedContentException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-document-type", "Unsupported document type",
                "This file's content is " + detected + ", which is not kept here. Upload a PDF, DOC, DOCX, RTF, "
                        + "ODT, TXT, PNG or JPEG file.").with("detectedType", detected);
    }

    static RejectedContentException malformed(String detail) {
        return new RejectedContentException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "malformed-document",
                "Malformed document", detail);
    }

    static RejectedContentException bomb(String detail) {
        return new RejectedContentException(HttpStatus.UNPROCESSABLE_CONTENT, "suspicious-archive",
                "Suspicious archive", detail);
    }
}
