package com.qh.document.library;

import com.qh.platform.web.QhException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A {@code Range} that starts past the end of the file: 416 as a problem document, with
 * {@code Content-Range: bytes *}{@code /<length>} so that the client learns the real length (RFC 9110, 15.5.17).
 */
class RangeNotSatisfiableException extends QhException {

    RangeNotSatisfiableException(String range, long size) {
        super(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "range-not-satisfiable", "Range not satisfiable",
                "The range '" + range + "' lies outside the file, which has " + size + " bytes.");
        with("length", size);
        getHeaders().set(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
    }
}
