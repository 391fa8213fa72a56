package com.qh.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeRedirectsTest {

    @Test
    void keepsPathsOfThisSite() {
        assertThat(SafeRedirects.local("/vacancies?status=OFFER")).isEqualTo("/vacancies?status=OFFER");
    }

    @Test
    void sendsOtherSitesAndOddFormsHome() {
        assertThat(SafeRedirects.local("//evil.example")).isEqualTo("/");
        assertThat(SafeRedirects.local("https://evil.example")).isEqualTo("/");
        assertThat(SafeRedirects.local("/\\evil.example")).isEqualTo("/");
        assertThat(SafeRedirects.local("/a\r\nSet-Cookie: x")).isEqualTo("/");
        assertThat(SafeRedirects.local(null)).isEqualTo("/");
    }
}
