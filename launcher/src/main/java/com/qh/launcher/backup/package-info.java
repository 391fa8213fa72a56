/**
 * Backup and restore of the default run's state ({@code ./mvnw -Pbackup}, {@code -Prestore}): every database of
 * the embedded PostgreSQL as a logical dump, the files under the data directory (documents, keys) and a manifest
 * of versions, row counts and SHA-256 sums, in one ZIP archive.
 */
package com.qh.launcher.backup;
