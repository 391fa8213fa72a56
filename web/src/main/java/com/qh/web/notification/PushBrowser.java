package com.qh.web.notification;

import com.qh.web.view.Page;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * A browser registered for Web Push, as the preferences page lists it.
 *
 * @param id the subscription's id
 * @param pushService the push service's host (which browser maker delivers it)
 * @param since when it was registered, formatted
 */
public record PushBrowser(String id, String pushService, String since) {

    static PushBrowser of(JsonNode subscription, Page page) {
        String created = subscription.path("createdAt").asString("");
        String since;
        try {
            since = created.isEmpty() ? "" : page.date(Instant.parse(created));
        }
        catch (DateTimeParseException unreadable) {
            since = "";
        }
        return new PushBrowser(subscription.path("id").asString(""), subscription.path("pushService").asString(""),
                since);
    }
}
