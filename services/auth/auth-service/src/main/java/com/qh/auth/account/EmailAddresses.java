package com.qh.auth.account;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way an e-mail address is compared and stored, and the checks that keep look-alike addresses out.
 *
 * <p>Normalised means trimmed, NFKC and lower-case: {@code ＡＤＭＩＮ@qh.test} (fullwidth) is {@code admin@qh.test}.
 * Characters nobody can see ({@code admin\u200b@…}, a soft hyphen, a bidi override) are not normalised away but
 * refused: an address that renders like another must not exist beside it. Letters from other scripts that look
 * like Latin ones ({@code аdmin} with a Cyrillic а) survive NFKC; their UTS #39 {@linkplain #skeleton skeleton}
 * equals the Latin address's, which is how sign-up recognises them.
 */
public final class EmailAddresses {

    /** Thread-safe for {@code getSkeleton} once built (ICU4J documents the checking methods as thread-safe). */
    private static final SpoofChecker SPOOF_CHECKER = new SpoofChecker.Builder().build();

    private EmailAddresses() {
    }

    /** Trimmed, NFKC, lower-case; null stays null. Lookups and storage both use this form. */
    public static String normalise(String email) {
        if (email == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(email.strip(), Normalizer.Form.NFKC);
        // Lower-casing may leave a string that is no longer NFKC (rare, but cheap to redo).
        return Normalizer.normalize(nfkc.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    }

    /**
     * Why {@code email} cannot be an address here, if it contains a character that does not show: a format
     * character (Unicode category Cf: zero-width space and joiners, soft hyphen, bidi controls, ...), a control
     * character, another default-ignorable code point (variation selectors, Hangul fillers) or a space inside.
     */
    public static Optional<String> invisibleCharacter(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String trimmed = email.strip();
        for (int i = 0; i < trimmed.length(); ) {
            int cp = trimmed.codePointAt(i);
            if (invisible(cp)) {
                return Optional.of(String.format(Locale.ROOT,
                        "must not contain invisible, control or formatting characters (found U+%04X)", cp));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /**
     * The UTS #39 confusable skeleton of the normalised address: two addresses that look alike (Cyrillic а and
     * Latin a, {@code l} and {@code 1}, {@code rn} and {@code m}) have the same skeleton. Stored beside the address
     * and indexed, so sign-up can refuse an address confusable with an existing one.
     */
    public static String skeleton(String email) {
        String normalised = normalise(email);
        return normalised == null ? null : SPOOF_CHECKER.getSkeleton(normalised);
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }
}
