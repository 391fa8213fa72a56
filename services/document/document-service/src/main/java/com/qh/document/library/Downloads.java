package com.qh.document.library;

import com.qh.document.DocumentProperties;
import com.qh.document.storage.BlobStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a version's bytes: {@code ETag} is the SHA-256 (a version never changes, so it is a strong validator),
 * {@code If-None-Match} answers 304, one {@code Range} answers 206 with just those bytes (416, a problem document,
 * when it lies past the end; several ranges get the whole file, which RFC 9110 allows), and {@code Content-Disposition} carries the
 * name for every browser. The bytes are copied from the store through a small buffer, never held whole. A client
 * that goes away mid-way ends the copy quietly: that is no failure of the service.
 */
@Component
class Downloads {

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");
    private static final int BUFFER = 64 * 1024;

    private final BlobStore blobs;
    private final DocumentProperties properties;

    Downloads(BlobStore blobs, DocumentProperties properties) {
        this.blobs = blobs;
        this.properties = properties;
    }

    /** What a download came to. */
    enum Outcome {
        /** Bytes were sent (200 or 206) or the client was sent to a presigned URL (302). */
        SENT,
        /** 304: nothing was sent. (A range past the end is {@link RangeNotSatisfiableException}.) */
        NOTHING
    }

    Outcome send(DocumentVersion version, HttpServletRequest request, HttpServletResponse response,
            boolean mayRedirect) throws IOException {
        String etag = "\"" + version.sha256() + "\"";
        String disposition = FileNames.contentDisposition(
                "attachment", version.fileName());
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return Outcome.NOTHING;
        }
        String range = request.getHeader(HttpHeaders.RANGE);
        String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        if (ifRange != null && !ifRange.strip().equals(etag)) {
            range = null;
        }
        if (mayRedirect && range == null && properties.s3().presignedDownloads()) {
            var url = blobs.presignedUrl(version.storageKey(), properties.s3().presignedUrlTtl(),
                    version.mediaType(), disposition);
            if (url.isPresent()) {
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader(HttpHeaders.LOCATION, url.get().toString());
                return Outcome.SENT;
            }
        }
        long size = version.size();
        long start = 0;
        long length = size;
        if (range != null && !range.contains(",")) {
            Matcher matcher = RANGE.matcher(range.strip());
            if (matcher.matches() && !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
                long[] bounds = bounds(matcher.group(1), matcher.group(2), size);
                if (bounds == null) {
                    // A problem document like every other refusal, not an empty 416 without a Content-Type.
                    throw new RangeNotSatisfiableException(range.strip(), size);
                }
                start = bounds[0];
                length = bounds[1] - bounds[0] + 1;
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + bounds[1] + "/" + size);
            }
        }
        response.setContentType(version.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
        // Never let a browser guess another type (an HTML page in a .txt) or run anything it opens.
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setContentLengthLong(length);
        if ("HEAD".equals(request.getMethod())) {
            return Outcome.NOTHING;
        }
        try (InputStream in = blobs.open(version.storageKey(), start, start == 0 && length == size ? -1 : length)) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[BUFFER];
            int n;
            // Only the response is written inside these try blocks, so an IOException there is a closed
            // connection (Tomcat's ClientAbortException), no fault of ours; a failure reading the store is not
            // caught and stays a 500.
            while ((n = in.read(buffer)) > 0) {
                try {
                    out.write(buffer, 0, n);
                }
                catch (IOException gone) {
                    log.debug("The client went away during the download of {} ({} bytes from {}): {}",
                            version.storageKey(), length, start, gone.toString());
                    return Outcome.SENT;
                }
            }
            try {
                out.flush();
            }
            catch (IOException gone) {
                log.debug("The client went away at the end of the download of {}", version.storageKey());
            }
        }
        return Outcome.SENT;
    }

    /** First and last byte of a satisfiable range, or null. */
    private static long[] bounds(String first, String last, long size) {
        if (first.isEmpty()) {
            long suffix = Long.parseLong(last);
            if (suffix == 0 || size == 0) {
                return null;
            }
            return new long[] { Math.max(0, size - suffix), size - 1 };
        }
        long start = Long.parseLong(first);
        if (start >= size) {
            return null;
        }
        long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
        return end < start ? null : new long[] { start, end };
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).map(tag -> tag.replaceFirst("^W/", ""))
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
