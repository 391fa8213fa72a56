package com.qh.platform.web;

/** One invalid field of a request, as listed in a problem document's {@code errors} member. */
public record FieldViolation(String field, String message) {
}
