package com.qh.auth.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecureTokensTest {

    @Test
    void randomTokensAreUrlSafeAndDistinct() {
        String one = SecureTokens.random();
        String two = SecureTokens.random();

        assertThat(one).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(two);
    }

    @Test
    void computesPkceS256ChallengeOfRfc7636Example() {
        // RFC 7636, appendix B.
        assertThat(SecureTokens.s256Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void hashesAreStableHexSha256() {
        assertThat(SecureTokens.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
