package com.qh.profile.model;

/**
 * The one shape a link in a profile may have: an http or https address. Hibernate Validator's {@code @URL} alone
 * lets {@code data:} and other schemes through, and a profile's links end up as links in resumes and pages.
 */
final class WebAddress {

    static final String PATTERN = "(?i)^https?://\\S+$";
    static final String MESSAGE = "must be an http or https address";

    private WebAddress() {
    }
}
