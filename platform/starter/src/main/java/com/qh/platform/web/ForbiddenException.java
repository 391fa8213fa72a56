package com.qh.platform.web;

import org.springframework.http.HttpStatus;

/** The caller is known but may not do this. */
public class ForbiddenException extends QhException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }
}
