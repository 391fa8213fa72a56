package com.qh.profile.profile;

import com.qh.platform.web.QhException;
import org.springframework.http.HttpStatus;

/**
 * Optimistic concurrency over HTTP: every read answers {@code ETag: "v<version>"}, every write must send it back
 * as {@code If-Match}. Two tabs editing one profile therefore never overwrite each other silently: the second
 * write gets a 412 and must reload.
 */
public final class Versions {

    private Versions() {
    }

    /** The entity tag of a version. */
    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header expects.
     *
     * @throws QhException 428 when the header is missing, 412 when it names no version of ours
     */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new QhException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                    "Send the ETag of the profile you read as If-Match, so that a change made elsewhere in the "
                            + "meantime is not overwritten.");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 3 && tag.startsWith("\"v") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(2, tag.length() - 1));
            }
            catch (NumberFormatException e) {
                // Falls through to the problem below.
            }
        }
        throw stale(-1);
    }

    /** The answer when a write expected another version than the current one. */
    static QhException stale(long current) {
        QhException problem = new QhException(HttpStatus.PRECONDITION_FAILED, "profile-changed",
                "Profile changed meanwhile", "The profile has changed since it was read; read it again (its "
                        + "ETag is new) and repeat the change.");
        return current >= 0 ? problem.with("currentETag", etag(current)) : problem;
    }
}
