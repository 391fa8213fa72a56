package com.qh.notification.preference;

import com.qh.notification.template.Channel;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-click unsubscribe (RFC 8058). Every e-mail names a link of its own in {@code List-Unsubscribe}, with
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}, so a mail client can unsubscribe with one POST and no
 * sign-in. Using a link turns off e-mail for the category of the mail it came with; a link from a mandatory
 * category's mail (a security notice) turns off every optional category instead, since those mails cannot stop.
 */
@Service
public class UnsubscribeLinks {

    /** What a link did. */
    record Outcome(String category, java.util.List<String> turnedOff) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Preferences preferences;

    UnsubscribeLinks(JdbcTemplate jdbc, Preferences preferences) {
        this.jdbc = jdbc;
        this.preferences = preferences;
    }

    /** The headers that make an e-mail of {@code category} to {@code userId} one-click unsubscribable. */
    public Map<String, String> headers(UUID userId, String category, URI publicBaseUrl) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into unsubscribe_link (token, user_id, category, created_at) values (?, ?, ?, ?)",
                token, userId, category, Timestamp.from(Instant.now()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + publicBaseUrl.toString().replaceAll("/+$", "")
                + "/api/v1/notifications/unsubscribe/" + token + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return headers;
    }

    /** Applies a link; empty when there is no such link. Using a link twice does no harm. */
    @Transactional
    Optional<Outcome> use(String token) {
        var found = jdbc.query("select user_id, category from unsubscribe_link where token = ?",
                (rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)), token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UUID userId = found.getFirst().getKey();
        String category = found.getFirst().getValue();
        java.util.List<String> off = preferences.locked(category, Channel.EMAIL)
                ? preferences.categories().stream().filter(c -> !preferences.locked(c, Channel.EMAIL)).toList()
                : java.util.List.of(category);
        off.forEach(c -> preferences.set(userId, c, Channel.EMAIL, false));
        jdbc.update("update unsubscribe_link set used_at = coalesce(used_at, ?) where token = ?",
                Timestamp.from(Instant.now()), token);
        return Optional.of(new Outcome(category, off));
    }

    /** The category a link stops, to show before the user confirms. */
    Optional<String> category(String token) {
        return jdbc.queryForList("select category from unsubscribe_link where token = ?", String.class, token)
                .stream().findFirst();
    }
}
