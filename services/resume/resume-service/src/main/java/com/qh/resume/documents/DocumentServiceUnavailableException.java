package com.qh.resume.documents;

import com.qh.platform.web.QhException;
import org.springframework.http.HttpStatus;

/** The document service did not answer, or failed: the file is not stored now, a 503 and not a 500. */
public class DocumentServiceUnavailableException extends QhException {

    private final Exception failure;

    DocumentServiceUnavailableException(String why, Exception failure) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "document-service-unavailable", "Service unavailable",
                "The document service did not answer as it should (" + why + "); try again in a moment.");
        this.failure = failure;
    }

    @Override
    public synchronized Throwable getCause() {
        return failure;
    }
}
