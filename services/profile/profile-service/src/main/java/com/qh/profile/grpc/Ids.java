package com.qh.profile.grpc;

import java.util.UUID;

/** Ids in requests are strings on the wire; one that is not a UUID is the caller's mistake (INVALID_ARGUMENT). */
final class Ids {

    private Ids() {
    }

    static UUID parse(String field, String value) {
        try {
            return UUID.fromString(value);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be a UUID, not '" + value + "'");
        }
    }
}
