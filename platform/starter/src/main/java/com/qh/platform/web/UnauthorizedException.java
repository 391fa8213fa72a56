package com.qh.platform.web;

import org.springframework.http.HttpStatus;

/** The credentials are missing, wrong, expired or revoked. */
public class UnauthorizedException extends QhException {

    public UnauthorizedException(String slug, String detail) {
        super(HttpStatus.UNAUTHORIZED, slug, "Unauthorized", detail);
    }
}
