package com.qh.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void normalisesByTrimmingAndLowerCasing() {
        assertThat(EmailAddresses.normalise("  Ada.Lovelace@Example.ORG \t")).isEqualTo("ada.lovelace@example.org");
    }
}
