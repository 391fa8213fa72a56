package com.qh.resume.content;

import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.UnprocessableException;
import java.util.List;

/** The profile has too little for a resume: no name, or no experience, education or skills at all (a 422). */
public class EmptyProfileException extends UnprocessableException {

    EmptyProfileException(String detail, List<FieldViolation> missing) {
        super("profile-incomplete", detail, missing);
    }
}
