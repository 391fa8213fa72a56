package com.qh.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The request is well-formed but breaks a rule that bean validation cannot express, such as a password found in
 * the list of common passwords. Field violations, when given, are listed like validation errors.
 */
public class UnprocessableException extends QhException {

    private final List<FieldViolation> violations;

    public UnprocessableException(String slug, String detail, List<FieldViolation> violations) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, slug, "Request cannot be processed", detail);
        this.violations = List.copyOf(violations);
    }

    public UnprocessableException(String slug, String detail) {
        this(slug, detail, List.of());
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
