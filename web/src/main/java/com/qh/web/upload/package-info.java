/**
 * Uploading a resume to have it reviewed: a drop zone (or a file input) with the upload's progress, then the review
 * job the upload starts by itself, its progress driven by the live channel's {@code analysis} events (polled when
 * there is no live channel), and then the review page.
 */
package com.qh.web.upload;
