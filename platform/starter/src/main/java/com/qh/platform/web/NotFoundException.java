package com.qh.platform.web;

import org.springframework.http.HttpStatus;

/** The resource does not exist, or belongs to someone else: both look the same to the caller. */
public class NotFoundException extends QhException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }
}
