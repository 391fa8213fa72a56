package com.qh.document.library;

import com.qh.document.DocumentProperties;
import com.qh.document.api.DocumentKind;
import com.qh.document.api.DocumentUploaded;
import com.qh.document.api.DocumentVersionAdded;
import com.qh.document.inspection.AcceptedType;
import com.qh.document.inspection.ContentInspector;
import com.qh.document.library.Views.DocumentView;
import com.qh.document.library.Views.Usage;
import com.qh.document.library.Views.VersionView;
import com.qh.document.storage.BlobStore;
import com.qh.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps documents and their versions. Storing bytes happens outside any transaction (a 100 MB upload to S3 must
 * not hold a database connection): the blob is written first, unless the owner already has the same bytes, and
 * then the rows are added in one short transaction that also checks the quota under a per-user lock and publishes
 * the event. When that transaction fails, a blob written for it is removed again.
 */
@Service
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final DocumentRows documents;
    private final VersionRows versions;
    private final ShareRows shares;
    private final BlobStore blobs;
    private final ContentInspector inspector;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final DocumentProperties properties;
    private final Clock clock;

    Documents(DocumentRows documents, VersionRows versions, ShareRows shares, BlobStore blobs,
            ContentInspector inspector, ApplicationEventPublisher events, TransactionTemplate transactions,
            JdbcTemplate jdbc, DocumentProperties properties, Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.shares = shares;
        this.blobs = blobs;
        this.inspector = inspector;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Stores a new document with the upload as its first version. */
    DocumentView create(UUID ownerId, DocumentKind kind, String title, Upload upload) {
        StoredContent content = store(ownerId, upload);
        return inTransactionOrForget(content, () -> {
            lockOwner(ownerId);
            checkQuota(ownerId, 1, content);
            Instant now = clock.instant();
            Document document = documents.save(new Document(ownerId, kind, blankToNull(title), now));
            DocumentVersion version = versions.save(new DocumentVersion(document, document.nextVersion(now),
                    content, null, now));
            events.publishEvent(new DocumentUploaded(UUID.randomUUID(), now, document.id(), ownerId, kind,
                    version.number(), version.mediaType(), version.size(), version.sha256()));
            return DocumentView.of(document, version);
        });
    }

    /** Adds the upload as the document's new current version. */
    VersionView addVersion(UUID ownerId, UUID documentId, Upload upload) {
        owned(ownerId, documentId);
        StoredContent content = store(ownerId, upload);
        return inTransactionOrForget(content, () -> {
            lockOwner(ownerId);
            checkQuota(ownerId, 0, content);
            return VersionView.of(append(ownerId, documentId, content, null));
        });
    }

    /** Makes an older version's content the current one again, as a new version: history is never rewritten. */
    @Transactional
    public VersionView restore(UUID ownerId, UUID documentId, int number) {
        DocumentVersion old = version(ownerId, documentId, number);
        return VersionView.of(append(ownerId, documentId, old.content(), number));
    }

    private DocumentVersion append(UUID ownerId, UUID documentId, StoredContent content, Integer restoredFrom) {
        Document document = documents.findForUpdate(documentId, ownerId).orElseThrow(() -> notFound(documentId));
        Instant now = clock.instant();
        DocumentVersion version = versions.save(new DocumentVersion(document, document.nextVersion(now), content,
                restoredFrom, now));
        documents.save(document);
        events.publishEvent(new DocumentVersionAdded(UUID.randomUUID(), now, documentId, ownerId, document.kind(),
                version.number(), version.mediaType(), version.size(), version.sha256(), restoredFrom));
        return version;
    }

    @Transactional(readOnly = true)
    public List<DocumentView> list(UUID ownerId, DocumentKind kind) {
        return documents.findByOwnerIdOrderByCreatedAtDesc(ownerId).stream()
                .filter(document -> kind == null || document.kind() == kind)
                .map(document -> DocumentView.of(document, current(document)))
                .toList();
    }

    @Transactional(readOnly = true)
    public DocumentView get(UUID ownerId, UUID documentId) {
        Document document = owned(ownerId, documentId);
        return DocumentView.of(document, current(document));
    }

    @Transactional(readOnly = true)
    public List<VersionView> versions(UUID ownerId, UUID documentId) {
        owned(ownerId, documentId);
        return versions.findByDocumentIdOrderByNumberDesc(documentId).stream().map(VersionView::of).toList();
    }

    /** A version of the owner's document (0: the current one). */
    @Transactional(readOnly = true)
    DocumentVersion version(UUID ownerId, UUID documentId, int number) {
        Document document = owned(ownerId, documentId);
        int wanted = number == 0 ? document.currentVersion() : number;
        return versions.findByDocumentIdAndNumber(documentId, wanted)
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " has no version " + number
                        + "."));
    }

    /** The current version of a document, whoever owns it: for share links, which are checked by their caller. */
    DocumentVersion currentVersion(UUID documentId) {
        Document document = documents.findById(documentId).orElseThrow(() -> notFound(documentId));
        return current(document);
    }

    /** Removes the document, its versions and share links; blobs no other version needs go after the commit. */
    @Transactional
    public void delete(UUID ownerId, UUID documentId) {
        Document document = owned(ownerId, documentId);
        List<String> keys = versions.storageKeysOf(documentId);
        documents.delete(document);
        documents.flush();
        afterCommit(() -> keys.stream().filter(key -> !versions.existsByStorageKey(key)).forEach(blobs::delete));
    }

    /** Removes everything the user has: rows first, then every blob under their prefix. */
    @Transactional
    public int erase(UUID ownerId) {
        int removed = documents.deleteByOwner(ownerId);
        try (Stream<BlobStore.StoredBlob> owned = blobs.list(BlobStore.prefixOf(ownerId))) {
            owned.map(BlobStore.StoredBlob::key).toList().forEach(blobs::delete);
        }
        return removed;
    }

    /** Whether any version refers to the blob under this key. */
    @Transactional(readOnly = true)
    public boolean referenced(String storageKey) {
        return versions.existsByStorageKey(storageKey);
    }

    @Transactional(readOnly = true)
    public Usage usage(UUID ownerId) {
        return new Usage(documents.countByOwnerId(ownerId), versions.storedBytes(ownerId),
                properties.quota().maxDocuments(), properties.quota().maxBytes().toBytes());
    }

    Document owned(UUID ownerId, UUID documentId) {
        return documents.findByIdAndOwnerId(documentId, ownerId).orElseThrow(() -> notFound(documentId));
    }

    ShareRows shares() {
        return shares;
    }

    private DocumentVersion current(Document document) {
        return versions.findByDocumentIdAndNumber(document.id(), document.currentVersion())
                .orElseThrow(() -> new IllegalStateException("Document " + document.id() + " lost its current "
                        + "version"));
    }

    /** Checks the upload's type and puts its bytes in the store unless the owner already has them. */
    private StoredContent store(UUID ownerId, Upload upload) {
        AcceptedType type = inspector.inspect(upload.file(), upload.fileName());
        List<String> keys = blobs.keysFor(ownerId, upload.sha256());
        String key = keys.stream().filter(blobs::exists).findFirst().orElse(null);
        boolean written = false;
        if (key == null) {
            key = keys.getFirst();
            blobs.moveIn(key, upload.file());
            written = true;
        }
        return new StoredContent(FileNames.withExtensionOf(upload.fileName(), type), type.mediaType(),
                upload.size(), upload.sha256(), key, written);
    }

    private <T> T inTransactionOrForget(StoredContent content, Supplier<T> work) {
        try {
            return transactions.execute(status -> work.get());
        }
        catch (RuntimeException e) {
            if (content.newlyWritten() && !referenced(content.storageKey())) {
                blobs.delete(content.storageKey());
            }
            throw e;
        }
    }

    // Uploads of one user take turns from the quota check to the commit, so two at once cannot both fit.
    private void lockOwner(UUID ownerId) {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> null,
                ownerId.getMostSignificantBits() ^ ownerId.getLeastSignificantBits());
    }

    private void checkQuota(UUID ownerId, int newDocuments, StoredContent content) {
        Usage usage = usage(ownerId);
        if (usage.documents() + newDocuments > usage.maxDocuments()) {
            throw new QuotaExceededException("You keep " + usage.documents() + " documents, the most allowed is "
                    + usage.maxDocuments() + ". Delete some to upload more.", usage);
        }
        boolean known = versions.existsByStorageKey(content.storageKey());
        long extra = known ? 0 : content.size();
        if (usage.bytes() + extra > usage.maxBytes()) {
            throw new QuotaExceededException("This file would take your documents to " + (usage.bytes() + extra)
                    + " bytes; the most allowed is " + usage.maxBytes() + ".", usage);
        }
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    action.run();
                }
                catch (RuntimeException e) {
                    // The cleanup job removes what is left once it is older than the grace period.
                    log.warn("Could not remove the blobs of a deleted document", e);
                }
            }
        });
    }

    private static NotFoundException notFound(UUID documentId) {
        return new NotFoundException("You have no document " + documentId + ".");
    }

    /**
     * A title as it is kept: without the bidi controls and other format characters file names lose too (an
     * override in a title spoofs as well as in a name), stripped, null when nothing is left.
     */
    private static String blankToNull(String text) {
        String title = text == null ? null : FileNames.withoutFormatting(text).strip();
        return title == null || title.isEmpty() ? null : title;
    }
}
