package com.qh.document;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The document service's settings ({@code qh.document.*}); the defaults work out of the box (local directory, no
 * encryption, generous quotas).
 *
 * @param maxSize the largest file accepted; the multipart limits follow it
 * @param storage where the bytes live: {@code local} (a directory) or {@code s3} (any S3-compatible store)
 * @param local the local directory store
 * @param s3 the S3 store
 * @param encryption encryption of the bytes at rest, in either store
 * @param quota per-user limits
 * @param zip limits for DOCX and ODT files, which are ZIP containers, against decompression bombs
 * @param cleanup the job that removes stored bytes no version refers to
 * @param tempDirectory where uploads are spooled while they are hashed, checked and encrypted (Tomcat's multipart
 *        parts too); empty for the JVM's temporary directory (and Tomcat's work directory for the parts)
 * @param shares how share-link passwords are guarded against guessing
 * @param internal who may call the internal API
 */
@ConfigurationProperties("qh.document")
public record DocumentProperties(
        @DefaultValue("100MB") DataSize maxSize,
        @DefaultValue("local") Storage storage,
        @DefaultValue Local local,
        @DefaultValue S3 s3,
        @DefaultValue Encryption encryption,
        @DefaultValue Quota quota,
        @DefaultValue Zip zip,
        @DefaultValue Cleanup cleanup,
        Path tempDirectory,
        @DefaultValue Shares shares,
        @DefaultValue Internal internal) {

    /** The two kinds of store. */
    public enum Storage {
        LOCAL, S3
    }

    /** @param directory the root directory of the blobs; {@code ${qh.data-dir}/documents} in application.yaml */
    public record Local(@DefaultValue("data/documents") Path directory) {
    }

    /**
     * @param endpoint the store's address; empty for AWS itself
     * @param region the region (any value for most S3-compatible stores)
     * @param bucket the bucket, which must exist unless {@code createBucket}
     * @param accessKey access key id; empty for the SDK's default credential chain
     * @param secretKey secret access key (from the environment, never from git)
     * @param pathStyle path-style addressing ({@code endpoint/bucket/key}), which MinIO and most others need
     * @param createBucket create the bucket at start when it is missing
     * @param presignedDownloads answer share-link downloads with a 302 to a short-lived presigned URL
     * @param presignedUrlTtl how long such a URL stays valid
     */
    public record S3(URI endpoint, @DefaultValue("us-east-1") String region,
            @DefaultValue("qh-documents") String bucket, String accessKey, String secretKey,
            @DefaultValue("true") boolean pathStyle, @DefaultValue("false") boolean createBucket,
            @DefaultValue("false") boolean presignedDownloads, @DefaultValue("PT5M") Duration presignedUrlTtl) {
    }

    /**
     * @param enabled encrypt every new blob (AES-256-GCM in 64 KiB segments, a fresh key per blob wrapped with the
     *        starter's field-encryption key, {@code qh.crypto.*}); blobs written before, in the clear or
     *        encrypted, stay readable either way
     */
    public record Encryption(@DefaultValue("false") boolean enabled) {
    }

    /**
     * @param maxDocuments how many documents one user may keep
     * @param maxBytes how many bytes of distinct content one user may keep (versions with equal bytes count once)
     */
    public record Quota(@DefaultValue("200") int maxDocuments, @DefaultValue("2GB") DataSize maxBytes) {
    }

    /**
     * @param maxEntries most entries in a DOCX or ODT
     * @param maxUncompressed most bytes all entries may expand to together
     * @param maxRatio most an entry may expand relative to its compressed size
     */
    public record Zip(@DefaultValue("2000") int maxEntries, @DefaultValue("200MB") DataSize maxUncompressed,
            @DefaultValue("100") int maxRatio) {
    }

    /**
     * @param gracePeriod how old an unreferenced blob must be before the job removes it (uploads in flight are
     *        younger)
     * @param interval how often the job runs
     */
    public record Cleanup(@DefaultValue("PT24H") Duration gracePeriod, @DefaultValue("PT1H") Duration interval) {
    }

    /**
     * Share-link passwords against guessing. Wrong passwords are counted per link in the database; from the
     * {@code maxFailedAttempts}-th one on, the link refuses every password (429) for {@code lockout}, doubled with
     * each further wrong one, up to {@code maxLockout}. The lock is checked before a hash is computed, so guessing
     * costs the service no CPU, and the right password starts the count again.
     *
     * @param maxFailedAttempts wrong passwords a link takes before it locks
     * @param lockout how long the first lock lasts
     * @param maxLockout the longest a lock lasts
     * @param concurrentPasswordChecks how many password hashes (Argon2id, 19 MiB each) the service computes at once,
     *        over all links; a check that finds none free for a few seconds is answered 429
     */
    public record Shares(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("PT1M") Duration lockout,
            @DefaultValue("PT1H") Duration maxLockout, @DefaultValue("4") int concurrentPasswordChecks) {

        public Shares {
            if (maxFailedAttempts < 1 || concurrentPasswordChecks < 1 || lockout.isNegative()
                    || maxLockout.compareTo(lockout) < 0) {
                throw new IllegalArgumentException("qh.document.shares needs max-failed-attempts and "
                        + "concurrent-password-checks of at least 1, and max-lockout no shorter than lockout");
            }
        }

        /** How long a link stays locked after its {@code failures}-th wrong password in a row: zero below the limit. */
        public Duration lockAfter(int failures) {
            if (failures < maxFailedAttempts) {
                return Duration.ZERO;
            }
            // 2^30 minutes is past any sane cap; stopping there keeps the arithmetic from overflowing.
            int doublings = Math.min(failures - maxFailedAttempts, 30);
            Duration lock = lockout.multipliedBy(1L << doublings);
            return lock.compareTo(maxLockout) > 0 ? maxLockout : lock;
        }
    }

    /**
     * @param allowedCallers the services (a service token's subject is {@code service:<name>}) that may store files
     *        for users through {@code /api/v1/internal/documents}; any other service's token is refused with 403
     */
    public record Internal(@DefaultValue({ "resume", "letter", "analysis" }) List<String> allowedCallers) {
    }
}
