package com.qh.web.document;

import static com.qh.web.api.JsonPaths.instant;

import com.qh.web.view.Page;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The document service's JSON as the pages show it, in the page's language. */
public final class DocumentViews {

    /** The kinds a person uploads themselves (the generated ones come from the resume and letter services). */
    public static final List<String> UPLOAD_KINDS = List.of("RESUME_UPLOAD", "PHOTO", "OTHER");

    private DocumentViews() {
    }

    /**
     * A document.
     *
     * @param id its id
     * @param title its title, else its file name
     * @param fileName the current version's file name
     * @param kind {@code RESUME_UPLOAD}, ...
     * @param type a short name of the file type ({@code PDF}, {@code DOCX})
     * @param size the current version's size, formatted
     * @param version the current version's number
     * @param updated when it last changed, formatted
     */
    public record Doc(String id, String title, String fileName, String kind, String type, String size, int version,
            String updated) {
    }

    /**
     * A version.
     *
     * @param number its number
     * @param fileName its file name
     * @param size formatted
     * @param created when, formatted
     * @param restoredFrom the version it restored, or null
     * @param current whether it is the current one
     */
    public record Version(int number, String fileName, String size, String created, Integer restoredFrom,
            boolean current) {
    }

    /**
     * A share link (its token is never listed: it is shown once, when made).
     *
     * @param id its id
     * @param created when made, formatted
     * @param expires when it stops working, formatted, or empty for never
     * @param expired whether that has passed
     * @param password whether it needs a password
     * @param downloads how often it was used
     * @param revoked when it was revoked, formatted, or empty
     */
    public record Share(String id, String created, String expires, boolean expired, boolean password, long downloads,
            String revoked) {

        public boolean active() {
            return revoked.isEmpty() && !expired;
        }
    }

    /**
     * What one keeps against the limits.
     *
     * @param documents documents kept
     * @param maxDocuments the most one may keep
     * @param used bytes used, formatted
     * @param max bytes allowed, formatted
     * @param percent the larger share of either limit used, 0-100
     */
    public record Usage(long documents, long maxDocuments, String used, String max, int percent) {
    }

    static Doc doc(JsonNode document, Page page) {
        String fileName = document.path("fileName").asString("");
        String title = document.path("title").asString("");
        return new Doc(document.path("id").asString(""), title.isBlank() ? fileName : title, fileName,
                document.path("kind").asString("OTHER"), type(document.path("mediaType").asString(""), fileName),
                size(document.path("size").asLong(0), page), document.path("currentVersion").asInt(1),
                page.date(instant(document.path("updatedAt"))));
    }

    static List<Version> versions(JsonNode versions, int current, Page page) {
        List<Version> shown = new ArrayList<>();
        for (JsonNode version : versions) {
            int number = version.path("number").asInt();
            shown.add(new Version(number, version.path("fileName").asString(""),
                    size(version.path("size").asLong(0), page), page.dateTime(instant(version.path("createdAt"))),
                    version.path("restoredFrom").isNumber() ? version.path("restoredFrom").asInt() : null,
                    number == current));
        }
        return shown;
    }

    static List<Share> shares(JsonNode shares, Instant now, Page page) {
        List<Share> shown = new ArrayList<>();
        for (JsonNode share : shares) {
            Instant expires = instant(share.path("expiresAt"));
            shown.add(new Share(share.path("id").asString(""), page.date(instant(share.path("createdAt"))),
                    // The last day it works: a link made "until the 31st" ends at the start of the 1st.
                    page.date(expires == null ? null : expires.minusSeconds(1)), expires != null && !expires.isAfter(now),
                    share.path("passwordProtected").asBoolean(false), share.path("downloadCount").asLong(0),
                    page.date(instant(share.path("revokedAt")))));
        }
        return shown;
    }

    static Usage usage(JsonNode usage, Page page) {
        long documents = usage.path("documents").asLong(0);
        long maxDocuments = usage.path("maxDocuments").asLong(0);
        long bytes = usage.path("bytes").asLong(0);
        long maxBytes = usage.path("maxBytes").asLong(0);
        double share = Math.max(maxDocuments > 0 ? (double) documents / maxDocuments : 0,
                maxBytes > 0 ? (double) bytes / maxBytes : 0);
        return new Usage(documents, maxDocuments, size(bytes, page), size(maxBytes, page),
                (int) Math.min(100, Math.round(share * 100)));
    }

    /** "840 KB", "1,2 МБ": one decimal under 10 units, none above. */
    static String size(long bytes, Page page) {
        String[] units = "ru".equals(page.lang()) ? new String[] {"Б", "КБ", "МБ", "ГБ"}
                : new String[] {"B", "KB", "MB", "GB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(page.locale());
        format.setMaximumFractionDigits(unit > 0 && value < 10 ? 1 : 0);
        return format.format(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP)) + "\u00a0" + units[unit];
    }

    static String type(String mediaType, String fileName) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "application/msword" -> "DOC";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/rtf", "text/rtf" -> "RTF";
            case "application/vnd.oasis.opendocument.text" -> "ODT";
            case "text/plain" -> "TXT";
            case "image/png" -> "PNG";
            case "image/jpeg" -> "JPEG";
            default -> fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(
                    java.util.Locale.ROOT) : "";
        };
    }
}
