package com.qh.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, CommonPasswords.shipped());

    @Test
    void acceptsLongUncommonPassphrase() {
        assertThat(policy.violations("violet tractor sings at dawn", "ada@example.org")).isEmpty();
    }

    @Test
    void rejectsPasswordShorterThanMinimum() {
        assertThat(policy.violations("x7#kQ!m2", "ada@example.org"))
                .containsExactly("must be at least 10 characters long");
    }

    @Test
    void rejectsPasswordFromShippedCommonList() {
        assertThat(policy.violations("qwertyuiop", "ada@example.org")).anyMatch(v -> v.contains("too common"));
    }

    @Test
    void rejectsCommonPasswordWhateverItsCase() {
        assertThat(policy.violations("PassWord12345", "ada@example.org")).anyMatch(v -> v.contains("too common"));
    }

    @Test
    void rejectsCommonWordDecoratedWithDigitsAndSymbols() {
        assertThat(policy.violations("Sunshine1987!!", "ada@example.org")).anyMatch(v -> v.contains("too common"));
    }

    @Test
    void rejectsPasswordContainingLocalPartOfEmail() {
        assertThat(policy.violations("lovelace-rocks-2026", "lovelace@example.org"))
                .containsExactly("must not contain your e-mail address");
    }

    @Test
    void rejectsPasswordContainingWholeEmailWhateverItsCase() {
        assertThat(policy.violations("my ADA@example.org pw", " Ada@Example.org "))
                .contains("must not contain your e-mail address");
    }

    @Test
    void rejectsOneCharacterRepeated() {
        assertThat(policy.violations("zzzzzzzzzzzzzzzzz", "ada@example.org"))
                .contains("must use more than a few different characters");
    }

    @Test
    void rejectsPasswordLongerThanHashingLimit() {
        assertThat(policy.violations("correct horse ".repeat(10), "ada@example.org"))
                .contains("must be at most 128 characters long");
    }

    @Test
    void shipsSeveralThousandCommonPasswords() {
        assertThat(CommonPasswords.shipped().size()).isGreaterThan(3_000);
    }
}
