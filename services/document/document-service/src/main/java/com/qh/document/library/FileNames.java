package com.qh.document.library;

import com.qh.document.inspection.AcceptedType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** File names from clients made safe to keep, and made safe to send back in {@code Content-Disposition}. */
final class FileNames {

    private static final int MAX = 200;
    private static final Map<Character, String> CYRILLIC = cyrillic();

    private FileNames() {
    }

    /** The last path segment, without control characters, trimmed to a sane length; "document" when empty. */
    static String safe(String clientName) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = "document";
        }
        if (name.length() > MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX - extension.length()) + extension;
        }
        return name;
    }

    /** The name with the extension of its real type, so that no one opens a text file as a PDF. */
    static String withExtensionOf(String name, AcceptedType type) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean fits = lower.endsWith("." + type.extension())
                || type == AcceptedType.JPEG && lower.endsWith(".jpeg");
        return fits ? name : name + "." + type.extension();
    }

    /**
     * An RFC 6266 header value: an ASCII fallback in {@code filename} (Cyrillic transliterated, anything else
     * replaced) for old clients, and the exact name in {@code filename*} (RFC 8187, UTF-8, percent-encoded).
     */
    static String contentDisposition(String disposition, String name) {
        return disposition + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            String latin = CYRILLIC.get(Character.toLowerCase(c));
            if (latin != null) {
                ascii.append(Character.isUpperCase(c) && !latin.isEmpty()
                        ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
            }
            else if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' && c != ';') {
                ascii.append(c);
            }
            else {
                ascii.append('_');
            }
        }
        return ascii.toString();
    }

    private static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            // attr-char of RFC 8187: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            }
            else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static Map<Character, String> cyrillic() {
        String[] latin = { "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya" };
        Map<Character, String> map = new java.util.HashMap<>();
        for (int i = 0; i < latin.length; i++) {
            map.put((char) ('а' + i), latin[i]);
        }
        map.put('ё', "e");
        return Map.copyOf(map);
    }
}
