package com.qh.web.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One event as a row.
 *
 * @param when the moment, in the page's language
 * @param type the event type
 * @param label the event type in words
 * @param failure whether it is a refusal or an alarm (shown so)
 * @param email the account's address, or its id where the log has no address
 * @param actor who did it, when someone else than the account (an admin)
 * @param ip the address the request came from
 * @param detail what the log adds
 */
public record AuditRow(String when, String type, String label, boolean failure, String email, String actor, String ip,
        String detail) {

    /** A value as it goes into a query string. */
    public static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
