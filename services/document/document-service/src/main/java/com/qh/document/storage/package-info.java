/**
 * Where the bytes live: one {@link com.qh.document.storage.BlobStore} interface over a local directory or an
 * S3-compatible bucket, optionally encrypting at rest (AES-256-GCM in segments, a key per blob). Blobs are
 * immutable and content-addressed per owner ({@code <ownerId>/<sha256>}, with {@code .enc} when encrypted), so
 * equal bytes of one user are stored once.
 */
package com.qh.document.storage;
