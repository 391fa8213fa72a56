package com.qh.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemHandlerTest {

    @Test
    void namesConstraintViolationsAfterWhatTheClientSent() {
        assertThat(ProblemHandler.fieldOf("find.id")).isEqualTo("id");
        assertThat(ProblemHandler.fieldOf("register.request.email")).isEqualTo("email");
        assertThat(ProblemHandler.fieldOf("update.request.address.city")).isEqualTo("address.city");
        assertThat(ProblemHandler.fieldOf("page")).isEqualTo("page");
    }
}
