package com.qh.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InboxTest {

    @Test
    void keepsLinksToThisSiteAndToHttpsAddresses() {
        assertThat(Inbox.safeLink("/vacancies/1")).isEqualTo("/vacancies/1");
        assertThat(Inbox.safeLink("https://hh.ru/vacancy/1")).isEqualTo("https://hh.ru/vacancy/1");
    }

    @Test
    void dropsLinksThatCouldRunScriptOrLeaveUnnoticed() {
        assertThat(Inbox.safeLink("javascript:alert(1)")).isNull();
        assertThat(Inbox.safeLink("//evil.example")).isNull();
        assertThat(Inbox.safeLink("data:text/html,x")).isNull();
        assertThat(Inbox.safeLink("")).isNull();
    }
}
