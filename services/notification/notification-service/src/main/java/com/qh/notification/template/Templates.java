package com.qh.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds the template for an event type, channel and language: an admin's override first, then the shipped one
 * ({@code templates/<event type>/<channel>.<language>.tpl}), then the same in English.
 */
@Service
public class Templates {

    /** The languages templates exist in; anything else falls back to English. */
    public static final List<String> LANGUAGES = List.of("en", "ru");

    private final JdbcTemplate jdbc;

    Templates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The template to use, if there is one at all in either language. */
    public Optional<Template> find(String eventType, Channel channel, String language) {
        String lang = language(language);
        return override(eventType, channel, lang).or(() -> shipped(eventType, channel, lang))
                .or(() -> override(eventType, channel, "en")).or(() -> shipped(eventType, channel, "en"));
    }

    /** The shipped template, ignoring overrides. */
    public Optional<Template> shipped(String eventType, Channel channel, String language) {
        ClassPathResource resource = new ClassPathResource("templates/" + eventType + "/"
                + channel.name().toLowerCase(Locale.ROOT) + "." + language + ".tpl");
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(Template.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped template " + resource.getPath(), e);
        }
    }

    /**
     * Every template there is: each shipped one ({@code templates/<event type>/<channel>.<language>.tpl}) and each
     * override, sorted by event type, channel and language, each saying whether an admin changed it.
     */
    public List<Entry> catalog() {
        Map<String, Entry> entries = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
                    "classpath*:templates/*/*.tpl")) {
                String url = resource.getURL().getPath();
                String[] parts = url.substring(url.indexOf("templates/") + "templates/".length()).split("/");
                String[] name = parts[1].split("\\.");
                Channel channel = channelOf(name[0]);
                if (parts.length == 2 && name.length == 3 && channel != null && LANGUAGES.contains(name[1])) {
                    Entry entry = new Entry(parts[0], channel, name[1], false, true, null);
                    entries.put(entry.key(), entry);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shipped templates", e);
        }
        jdbc.query("select event_type, channel, language, updated_at from template_override", rs -> {
            Channel channel = channelOf(rs.getString(2));
            if (channel != null) {
                String key = Entry.key(rs.getString(1), channel, rs.getString(3));
                boolean shipped = entries.containsKey(key);
                entries.put(key, new Entry(rs.getString(1), channel, rs.getString(3), true, shipped,
                        rs.getTimestamp(4).toInstant()));
            }
        });
        return List.copyOf(entries.values());
    }

    private static Channel channelOf(String name) {
        try {
            return Channel.valueOf(name.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /**
     * One template of the catalog.
     *
     * @param eventType the event it is for
     * @param channel where its messages go
     * @param language {@code en} or {@code ru}
     * @param overridden whether an admin's edit is in use
     * @param shipped whether QH ships one (an override of a template QH does not ship has nothing to go back to)
     * @param updatedAt when the override was saved, or {@code null}
     */
    public record Entry(String eventType, Channel channel, String language, boolean overridden, boolean shipped,
            Instant updatedAt) {

        static String key(String eventType, Channel channel, String language) {
            return eventType + "/" + channel.ordinal() + "/" + language;
        }

        String key() {
            return key(eventType, channel, language);
        }
    }

    /** An admin's override, if any. */
    public Optional<Template> override(String eventType, Channel channel, String language) {
        return jdbc.query("select subject, text_body, html_body from template_override where event_type = ? "
                + "and channel = ? and language = ?", (rs, i) -> new Template(rs.getString(1), rs.getString(2),
                rs.getString(3)), eventType, channel.name(), language).stream().findFirst();
    }

    /** Stores an override. */
    public void save(String eventType, Channel channel, String language, Template template) {
        jdbc.update("insert into template_override (event_type, channel, language, subject, text_body, html_body, "
                + "updated_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (event_type, channel, language) do update "
                + "set subject = excluded.subject, text_body = excluded.text_body, html_body = excluded.html_body, "
                + "updated_at = excluded.updated_at", eventType, channel.name(), language, template.subject(),
                template.text(), template.html(), java.sql.Timestamp.from(Instant.now()));
    }

    /** Removes an override, so the shipped template applies again. */
    public boolean reset(String eventType, Channel channel, String language) {
        return jdbc.update("delete from template_override where event_type = ? and channel = ? and language = ?",
                eventType, channel.name(), language) > 0;
    }

    /** {@code ru} for Russian locales, {@code en} for everything else. */
    public static String language(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("ru") ? "ru" : "en";
    }
}
