package com.qh.web.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The notification settings as the page shows them: every category with each channel on or off.
 *
 * @param categories in the service's order
 * @param phone the phone for text messages, or empty
 * @param phoneVerified whether texts can reach it
 * @param pushSubscriptions browsers that get Web Push
 */
public record Preferences(List<Category> categories, String phone, boolean phoneVerified, int pushSubscriptions) {

    /** The channels, in the order the page shows them. */
    public static final List<String> CHANNELS = List.of("EMAIL", "IN_APP", "SMS", "PUSH");

    /**
     * One category.
     *
     * @param name {@code security}, {@code vacancies}, ...
     * @param channels each channel on or off
     * @param mandatory whether its e-mail and in-app messages cannot be turned off
     */
    public record Category(String name, Map<String, Boolean> channels, boolean mandatory) {

        /** Whether this pair cannot be turned off (security e-mail and in-app). */
        public boolean locked(String channel) {
            return mandatory && ("EMAIL".equals(channel) || "IN_APP".equals(channel));
        }

        public boolean on(String channel) {
            return Boolean.TRUE.equals(channels.get(channel));
        }
    }

    static Preferences of(JsonNode settings) {
        List<Category> categories = new ArrayList<>();
        for (JsonNode category : settings.path("categories")) {
            Map<String, Boolean> channels = new LinkedHashMap<>();
            for (String channel : CHANNELS) {
                channels.put(channel, category.path("channels").path(channel).asBoolean(false));
            }
            categories.add(new Category(category.path("category").asString(""), channels,
                    category.path("mandatory").asBoolean(false)));
        }
        return new Preferences(categories, settings.path("phone").asString(""),
                settings.path("phoneVerified").asBoolean(false), settings.path("pushSubscriptions").asInt(0));
    }

    /** The changes a submitted form asks for: every pair not locked, on when its box was ticked. */
    List<Map<String, Object>> changes(Map<String, String> form) {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Category category : categories) {
            for (String channel : CHANNELS) {
                if (category.locked(channel)) {
                    continue;
                }
                boolean on = form.containsKey(category.name() + "." + channel);
                if (on != category.on(channel)) {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("category", category.name());
                    change.put("channel", channel);
                    change.put("enabled", on);
                    changes.add(change);
                }
            }
        }
        return changes;
    }
}
