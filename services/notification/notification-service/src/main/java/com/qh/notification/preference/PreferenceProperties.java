package com.qh.notification.preference;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification categories ({@code qh.notification.preferences.*}).
 *
 * @param categories every category a user can choose about, in the order settings show them
 * @param mandatory categories whose e-mail and in-app messages cannot be turned off (security notices the user
 *        asked for, such as a password reset)
 * @param eventCategories the category of each event type; an event type not listed is in {@code defaultCategory}
 * @param defaultCategory the category of unlisted event types
 */
@ConfigurationProperties("qh.notification.preferences")
public record PreferenceProperties(
        @DefaultValue({"security", "account", "vacancies", "documents", "analysis", "analysis-results",
                "news"}) List<String> categories,
        @DefaultValue("security") List<String> mandatory,
        @DefaultValue Map<String, String> eventCategories,
        @DefaultValue("account") String defaultCategory) {

    public String categoryOf(String eventType) {
        return eventCategories.getOrDefault(eventType, defaultCategory);
    }
}
