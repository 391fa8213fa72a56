package com.qh.document.library;

/**
 * Bytes already in the blob store, described: what a version points at.
 *
 * @param newlyWritten whether this request wrote the blob (and must remove it again if its rows are not stored)
 */
record StoredContent(String fileName, String mediaType, long size, String sha256, String storageKey,
        boolean newlyWritten) {

    StoredContent(String fileName, String mediaType, long size, String sha256, String storageKey) {
        this(fileName, mediaType, size, sha256, storageKey, false);
    }
}
