package com.qh.profile.profile;

import com.qh.profile.model.Profile;
import java.time.Instant;

/**
 * A profile as read at one version.
 *
 * @param profile the content
 * @param version 0 while nothing is stored yet, then one more with every change
 * @param updatedAt when it last changed; {@code null} while nothing is stored
 */
public record ProfileSnapshot(Profile profile, long version, Instant updatedAt) {

    /** The entity tag of this version, as sent in {@code ETag} and expected in {@code If-Match}. */
    public String etag() {
        return Versions.etag(version);
    }
}
