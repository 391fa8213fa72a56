package com.qh.auth.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What makes a password acceptable, following NIST SP 800-63B: long enough, not a known common password (also
 * once trailing digits and symbols are stripped, so {@code Password2024!} counts as {@code password}), not built
 * from the account's e-mail address, not one character repeated. No composition rules: they make passwords
 * harder to remember, not to guess.
 */
public final class PasswordPolicy {

    /** Longest accepted password; Argon2 of megabytes of input would be a cheap denial of service. */
    public static final int MAX_LENGTH = 128;

    private final int minLength;
    private final CommonPasswords common;

    PasswordPolicy(int minLength, CommonPasswords common) {
        this.minLength = minLength;
        this.common = common;
    }

    /** The reasons {@code password} is unacceptable for the account with {@code email}; empty when it is fine. */
    public List<String> violations(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            return List.of("must not be empty");
        }
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            problems.add("must be at least " + minLength + " characters long");
        }
        if (length > MAX_LENGTH) {
            problems.add("must be at most " + MAX_LENGTH + " characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(withoutTrailingDigitsAndSymbols(lower))) {
            problems.add("is too common; choose something less predictable, such as a few unrelated words");
        }
        if (containsEmail(lower, email)) {
            problems.add("must not contain your e-mail address");
        }
        if (password.codePoints().distinct().count() < 4) {
            problems.add("must use more than a few different characters");
        }
        return problems;
    }

    private static boolean containsEmail(String lowerPassword, String email) {
        String normalised = EmailAddresses.normalise(email);
        if (normalised == null || normalised.isBlank()) {
            return false;
        }
        if (lowerPassword.contains(normalised)) {
            return true;
        }
        int at = normalised.indexOf('@');
        String localPart = at > 0 ? normalised.substring(0, at) : normalised;
        // Very short local parts ("jo@...") would forbid too many innocent passwords.
        return localPart.length() >= 4 && lowerPassword.contains(localPart);
    }

    private static String withoutTrailingDigitsAndSymbols(String password) {
        int end = password.length();
        while (end > 0 && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(0, end);
    }
}
