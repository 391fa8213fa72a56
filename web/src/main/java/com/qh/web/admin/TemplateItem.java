package com.qh.web.admin;

/**
 * One template of the list.
 *
 * @param channel {@code email}, {@code in-app}, {@code push} or {@code sms}
 * @param language {@code ru} or {@code en}
 * @param overridden whether an admin's edit is in use
 * @param updated when the edit was saved, in the page's language, or empty
 */
public record TemplateItem(String channel, String language, boolean overridden, String updated) {
}
