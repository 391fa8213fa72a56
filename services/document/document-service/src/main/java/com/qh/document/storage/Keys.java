package com.qh.document.storage;

import java.util.regex.Pattern;

/** Keys are made by the service, but a store still refuses anything that could leave its root. */
final class Keys {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private Keys() {
    }

    static String checked(String key) {
        if (key == null || !SAFE.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("Not a valid blob key: " + key);
        }
        return key;
    }
}
