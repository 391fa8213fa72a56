package com.qh.document.library;

import com.qh.document.inspection.AcceptedType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** File names from clients made safe to keep, and made safe to send back in {@code Content-Disposition}. */
final class FileNames {

    private static final int MAX = 200;
    private static final String DEFAULT = "document";
    private static final Map<Character, String> CYRILLIC = cyrillic();

    private FileNames() {
    }

    /**
     * The last path segment, without invisible characters (see {@link #visible}) or quotes, trimmed to a sane length
     * without cutting a character in two; "document" when nothing is left. Invisible characters are dropped rather
     * than refused: the upload is fine, only its name was odd.
     */
    static String safe(String clientName) {
        String name = visible(clientName == null ? "" : clientName).replace("\"", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = DEFAULT;
        }
        if (name.length() > MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            int end = MAX - extension.length();
            if (Character.isLowSurrogate(name.charAt(end))) {
                end--;
            }
            name = name.substring(0, end) + extension;
        }
        return name;
    }

    /**
     * The text without the characters that change how it reads but are not seen: controls (including C1 such as
     * NEL), format characters (the bidi overrides, embeddings and isolates that make {@code cv<U+202E>fdp.exe} show as
     * {@code cvexe.pdf}, zero-width spaces and joiners, the soft hyphen, the BOM), line and paragraph separators,
     * lone surrogates and noncharacters.
     */
    static String visible(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(FileNames::isVisible).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /**
     * The text without format characters (bidi controls, zero-width characters, soft hyphen, BOM) and line or
     * paragraph separators: for titles, where a control character such as NUL is still refused as unstorable.
     */
    static String withoutFormatting(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> switch (Character.getType(c)) {
            case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        }).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** A stored name as it may be shown or sent: names kept before invisible characters were dropped lose them now. */
    static String shown(String storedName) {
        String name = visible(storedName).strip();
        return name.isEmpty() ? DEFAULT : name;
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> false;
            default -> !((codePoint & 0xfffe) == 0xfffe || codePoint >= 0xfdd0 && codePoint <= 0xfdef);
        };
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
     * replaced) for old clients, and the exact name in {@code filename*} (RFC 8187, UTF-8, percent-encoded). Never
     * with an invisible character, not even one in a name stored before they were dropped on upload: a browser
     * would save the file under the name it spells.
     */
    static String contentDisposition(String disposition, String storedName) {
        String name = shown(storedName);
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
