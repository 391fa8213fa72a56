package com.qh.platform.web;

import org.springframework.http.HttpStatus;

/** The request contradicts the current state, such as an e-mail address that is already registered. */
public class ConflictException extends QhException {

    public ConflictException(String slug, String detail) {
        super(HttpStatus.CONFLICT, slug, "Conflict", detail);
    }
}
