package com.qh.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules behind refusing look-alike addresses, without the database. */
class EmailLookAlikesTest {

    @Test
    void normalisesFullwidthLettersToTheirAsciiForm() {
        assertThat(EmailAddresses.normalise("\uFF41dmin@QH.test")).isEqualTo("admin@qh.test");
        assertThat(EmailAddresses.normalise("ＡＤＭＩＮ@ｑｈ.ｔｅｓｔ")).isEqualTo("admin@qh.test");
    }

    @Test
    void findsZeroWidthSoftHyphenBidiAndOtherInvisibleCharacters() {
        for (String invisible : new String[] { "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
                "\u202E", "\u2066", "\u200E", "\u0000", "\u034F", "\u3164", "\uFE0F", " " }) {
            assertThat(EmailAddresses.invisibleCharacter("ad" + invisible + "min@qh.test"))
                    .as("U+%04X", (int) invisible.charAt(0)).isPresent();
        }
        assertThat(EmailAddresses.invisibleCharacter("admin\u200B@qh.test").orElseThrow()).contains("U+200B");
    }

    @Test
    void acceptsOrdinaryAddressesAndLettersOfOtherScripts() {
        assertThat(EmailAddresses.invisibleCharacter("  ada.lovelace+cv@example.org ")).isEmpty();
        assertThat(EmailAddresses.invisibleCharacter("пётр@пример.рф")).isEmpty();
    }

    @Test
    void givesLookAlikesFromOtherScriptsTheSameSkeleton() {
        String latin = EmailAddresses.skeleton("admin@qh.test");

        assertThat(EmailAddresses.skeleton("\u0430dmin@qh.test")).as("Cyrillic а").isEqualTo(latin);
        assertThat(EmailAddresses.skeleton("\u0251dmin@qh.test")).as("Latin alpha").isEqualTo(latin);
        assertThat(EmailAddresses.skeleton("ADMIN@qh.test")).as("only case differs").isEqualTo(latin);
        assertThat(EmailAddresses.skeleton("paypa1@qh.test")).isEqualTo(EmailAddresses.skeleton("paypal@qh.test"));
        assertThat(EmailAddresses.skeleton("ada@qh.test")).isNotEqualTo(latin);
    }
}
