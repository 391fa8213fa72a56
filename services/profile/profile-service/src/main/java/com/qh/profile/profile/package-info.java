/**
 * Keeping the profile: storage (one row per user, personal data encrypted), versions for optimistic concurrency,
 * the {@code profile.updated.v1} event, and the HTTP API for the whole profile, each section and each entry.
 */
package com.qh.profile.profile;
