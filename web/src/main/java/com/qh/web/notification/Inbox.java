package com.qh.web.notification;

import com.qh.web.view.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The inbox as the page shows it.
 *
 * @param messages newest first
 * @param unread how many of them are unread
 * @param onlyUnread whether the page shows the unread ones only
 */
public record Inbox(List<Message> messages, long unread, boolean onlyUnread) {

    /**
     * One message.
     *
     * @param id its id
     * @param title the subject
     * @param body the text
     * @param link where it points, only a path on this site or an https address; else null
     * @param date when it came, formatted
     * @param unread whether it is still unread
     */
    public record Message(String id, String title, String body, String link, String date, boolean unread) {
    }

    static Inbox of(JsonNode list, boolean onlyUnread, Page page) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : list) {
            String created = message.path("createdAt").asString("");
            messages.add(new Message(message.path("id").asString(), message.path("title").asString(""),
                    message.path("body").asString(""), safeLink(message.path("link").asString("")),
                    created.isEmpty() ? "" : page.date(Instant.parse(created)),
                    message.path("readAt").isNull() || message.path("readAt").isMissingNode()));
        }
        return new Inbox(messages, messages.stream().filter(Message::unread).count(), onlyUnread);
    }

    /** A message's link is shown only when it cannot run script or leave for an odd scheme. */
    static String safeLink(String link) {
        if (link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")) {
            return link;
        }
        return link.startsWith("https://") ? link : null;
    }
}
