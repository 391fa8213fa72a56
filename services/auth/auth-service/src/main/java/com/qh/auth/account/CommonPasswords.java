package com.qh.auth.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The shipped list of common passwords ({@code security/common-passwords.txt}), compared case-insensitively. */
final class CommonPasswords {

    static final String RESOURCE = "/security/common-passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    static CommonPasswords shipped() {
        var stream = CommonPasswords.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        Set<String> loaded = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    loaded.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CommonPasswords(loaded);
    }

    static CommonPasswords of(String... passwords) {
        return new CommonPasswords(Set.of(passwords));
    }

    boolean contains(String candidate) {
        return passwords.contains(candidate.toLowerCase(Locale.ROOT));
    }

    int size() {
        return passwords.size();
    }
}
