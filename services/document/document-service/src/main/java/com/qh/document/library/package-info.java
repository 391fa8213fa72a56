/**
 * The user's documents: upload (spooled, hashed, type-checked), versions and restore, downloads with Range and
 * ETag, share links, quotas, the internal API for services that store generated files, and the
 * {@code document.uploaded.v1} / {@code document.version-added.v1} events.
 */
package com.qh.document.library;
