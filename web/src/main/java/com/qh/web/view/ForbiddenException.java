package com.qh.web.view;

/** The signed-in person may not see this page: answered with the 403 page. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException() {
        super(null, null, false, false);
    }
}
