package com.qh.platform.web;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The caller must slow down; the answer carries {@code Retry-After}. */
public class TooManyRequestsException extends QhException {

    private final Duration retryAfter;

    public TooManyRequestsException(String slug, String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, slug, "Too many requests", detail);
        this.retryAfter = retryAfter;
        if (retryAfter != null) {
            getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
