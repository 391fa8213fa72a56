package com.qh.document.library;

import com.qh.platform.web.QhException;
import org.springframework.http.HttpStatus;

/** Storing this would take the user past a limit; the problem document carries the limits and the usage. */
class QuotaExceededException extends QhException {

    QuotaExceededException(String detail, Views.Usage usage) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "quota-exceeded", "Quota exceeded", detail);
        with("maxDocuments", usage.maxDocuments());
        with("maxBytes", usage.maxBytes());
        with("documents", usage.documents());
        with("bytes", usage.bytes());
    }
}
