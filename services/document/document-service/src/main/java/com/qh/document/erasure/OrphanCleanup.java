package com.qh.document.erasure;

import com.qh.document.DocumentProperties;
import com.qh.document.library.Documents;
import com.qh.document.storage.BlobStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes blobs that no version refers to: left by a crash between writing a blob and committing its rows, or by
 * a failed removal after a delete. Only blobs older than the grace period go, so an upload whose rows are not
 * committed yet keeps its blob.
 */
@Component
public class OrphanCleanup {

    private static final Logger log = LoggerFactory.getLogger(OrphanCleanup.class);

    private final BlobStore blobs;
    private final Documents documents;
    private final DocumentProperties properties;
    private final Clock clock;

    OrphanCleanup(BlobStore blobs, Documents documents, DocumentProperties properties, Clock clock) {
        this.blobs = blobs;
        this.documents = documents;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${qh.document.cleanup.initial-delay:PT10M}",
            fixedDelayString = "${qh.document.cleanup.interval:PT1H}")
    void onSchedule() {
        int removed = removeOrphans();
        if (removed > 0) {
            log.info("Removed {} blobs no document version refers to", removed);
        }
    }

    /** Removes every unreferenced blob older than the grace period; returns how many. */
    public int removeOrphans() {
        Instant cutoff = clock.instant().minus(properties.cleanup().gracePeriod());
        List<String> orphans;
        try (Stream<BlobStore.StoredBlob> all = blobs.list("")) {
            orphans = all.filter(blob -> blob.lastModified().isBefore(cutoff))
                    .map(BlobStore.StoredBlob::key)
                    .filter(key -> !documents.referenced(key))
                    .toList();
        }
        orphans.forEach(blobs::delete);
        return orphans.size();
    }
}
