package com.qh.web.admin;

/**
 * One analysis job as a row of the admin's queue.
 *
 * @param when when it was queued, in the page's language
 * @param user its owner's address
 * @param status QUEUED, RUNNING, DONE or FAILED; {@code statusLabel} in words
 * @param detail how far it got, its attempts and when a queued one runs again, in words
 * @param reason why it failed, as its owner was told
 * @param lastError the last error a run of it met, as the service logged it
 */
public record JobRow(String id, String when, String user, String typeLabel, String status, String statusLabel,
        String detail, String reason, String lastError) {

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
