/**
 * Erasure and housekeeping: everything of a deleted account goes ({@code user.deleted.v1}), and blobs no version
 * refers to any more are removed after a grace period.
 */
package com.qh.document.erasure;
