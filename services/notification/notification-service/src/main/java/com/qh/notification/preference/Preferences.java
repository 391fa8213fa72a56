package com.qh.notification.preference;

import com.qh.notification.template.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Each user's choice per category and channel. Without a choice: e-mail, in-app and Web Push are on, SMS is off
 * (it costs money and interrupts). E-mail and in-app messages of a mandatory category are always on.
 */
@Service
public class Preferences {

    private final JdbcTemplate jdbc;
    private final PreferenceProperties properties;

    Preferences(JdbcTemplate jdbc, PreferenceProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Whether {@code userId} wants messages of {@code category} on {@code channel}. */
    public boolean wants(UUID userId, String category, Channel channel) {
        if (locked(category, channel)) {
            return true;
        }
        List<Boolean> chosen = jdbc.queryForList("select enabled from preference where user_id = ? and category = ? "
                + "and channel = ?", Boolean.class, userId, category, channel.name());
        return chosen.isEmpty() ? byDefault(channel) : chosen.getFirst();
    }

    /** Every category with its channels, as the user has them now. */
    Map<String, Map<Channel, Boolean>> all(UUID userId) {
        Map<String, Map<Channel, Boolean>> all = new LinkedHashMap<>();
        for (String category : properties.categories()) {
            Map<Channel, Boolean> channels = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                channels.put(channel, locked(category, channel) || byDefault(channel));
            }
            all.put(category, channels);
        }
        jdbc.query("select category, channel, enabled from preference where user_id = ?", rs -> {
            Map<Channel, Boolean> channels = all.get(rs.getString(1));
            Channel channel = Channel.valueOf(rs.getString(2));
            if (channels != null && !locked(rs.getString(1), channel)) {
                channels.put(channel, rs.getBoolean(3));
            }
        }, userId);
        return all;
    }

    void set(UUID userId, String category, Channel channel, boolean enabled) {
        jdbc.update("insert into preference (user_id, category, channel, enabled, updated_at) values (?, ?, ?, ?, ?) "
                + "on conflict (user_id, category, channel) do update set enabled = excluded.enabled, "
                + "updated_at = excluded.updated_at", userId, category, channel.name(), enabled,
                Timestamp.from(Instant.now()));
    }

    boolean locked(String category, Channel channel) {
        return properties.mandatory().contains(category) && (channel == Channel.EMAIL || channel == Channel.IN_APP);
    }

    boolean known(String category) {
        return properties.categories().contains(category);
    }

    List<String> categories() {
        return properties.categories();
    }

    private static boolean byDefault(Channel channel) {
        return channel != Channel.SMS;
    }
}
