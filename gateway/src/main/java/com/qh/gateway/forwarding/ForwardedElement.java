package com.qh.gateway.forwarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One element of an RFC 7239 {@code Forwarded} header: {@code for=192.0.2.60;proto=https;host=qh.example.org}.
 * Parsing never fails: a malformed header yields no elements, and the request is treated as carrying none.
 */
final class ForwardedElement {

    private final Map<String, String> pairs;

    private ForwardedElement(Map<String, String> pairs) {
        this.pairs = pairs;
    }

    /** The value of a parameter ({@code for}, {@code proto}, {@code host}, {@code by}), unquoted; or null. */
    String get(String name) {
        return pairs.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The {@code for} node as an {@code X-Forwarded-For} entry: the address without brackets or port
     * ({@code "[2001:db8::1]:4711"} is {@code 2001:db8::1}); {@code unknown} and obfuscated names ({@code _hidden})
     * as they are. Null without a {@code for}.
     */
    String forAddress() {
        String node = get("for");
        if (node == null || node.isEmpty()) {
            return null;
        }
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end > 1 ? node.substring(1, end) : null;
        }
        int colon = node.indexOf(':');
        // IPv4 with a port; an unbracketed IPv6 literal (not allowed by the RFC, sent anyway) has several colons.
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }

    /** All elements of a header value (or of several, joined with commas), in order; none if any is malformed. */
    static List<ForwardedElement> parseAll(String header) {
        List<ForwardedElement> elements = new ArrayList<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        int i = 0;
        int length = header.length();
        while (i < length) {
            i = skipWhitespace(header, i);
            if (i >= length) {
                break;
            }
            char c = header.charAt(i);
            if (c == ',' || c == ';') {
                if (c == ',' && !pairs.isEmpty()) {
                    elements.add(new ForwardedElement(pairs));
                    pairs = new LinkedHashMap<>();
                }
                i++;
                continue;
            }
            int equals = header.indexOf('=', i);
            if (equals < 0) {
                return List.of();
            }
            String name = header.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !name.chars().allMatch(ForwardedElement::isTokenChar)) {
                return List.of();
            }
            i = equals + 1;
            StringBuilder value = new StringBuilder();
            if (i < length && header.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < length) {
                    char v = header.charAt(i++);
                    if (v == '\\' && i < length) {
                        value.append(header.charAt(i++));
                    }
                    else if (v == '"') {
                        closed = true;
                        break;
                    }
                    else {
                        value.append(v);
                    }
                }
                if (!closed) {
                    return List.of();
                }
            }
            else {
                while (i < length && header.charAt(i) != ';' && header.charAt(i) != ',') {
                    value.append(header.charAt(i++));
                }
            }
            String text = value.toString().strip();
            if (!text.chars().allMatch(v -> v >= 0x20 && v < 0x7f)) {
                return List.of();
            }
            // RFC 7239 4: a parameter must not occur twice in one element.
            if (pairs.putIfAbsent(name, text) != null) {
                return List.of();
            }
        }
        if (!pairs.isEmpty()) {
            elements.add(new ForwardedElement(pairs));
        }
        return elements;
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }
}
