package com.qh.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** A request body larger than the service accepts. */
public class PayloadTooLargeException extends QhException {

    public PayloadTooLargeException(DataSize limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
                "The request body is larger than the " + limit.toKilobytes() + " KB this endpoint accepts.");
    }
}
