package com.qh.web.admin;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.api.JsonPaths;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.FormValues;
import com.qh.web.view.Htmx;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * The notification service's message templates: the list of every template by event, channel and language, and an
 * editor for one with a preview filled with sample values. The HTML part is previewed in a sandboxed frame (no
 * script, no same origin), never put into this page.
 */
@Controller
@RequestMapping("/admin/templates")
class AdminTemplatesController {

    static final List<String> CHANNELS = List.of("email", "in-app", "push", "sms");
    static final List<String> LANGUAGES = List.of("ru", "en");

    /** A placeholder as the notification service fills it in ({@code Template.PLACEHOLDER} there). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[A-Za-z0-9_.]+\\s*}}");

    private final GatewayApi api;
    private final UserSession session;

    AdminTemplatesController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }


    @GetMapping
    String list(HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        Map<String, List<TemplateItem>> byEvent = new LinkedHashMap<>();
        for (JsonNode entry : session.send(request, api.call(HttpMethod.GET, "/api/v1/notifications/admin/templates"))
                .body()) {
            Instant updated = JsonPaths.instant(entry.path("updatedAt"));
            byEvent.computeIfAbsent(entry.path("eventType").asString(""), ignored -> new ArrayList<>())
                    .add(new TemplateItem(entry.path("channel").asString(""), entry.path("language").asString(""),
                            entry.path("overridden").asBoolean(false), updated == null ? "" : page.date(updated)));
        }
        model.addAttribute("templates", byEvent);
        return "admin/templates";
    }

    @GetMapping("/{eventType}/{channel}/{language}")
    String edit(@PathVariable String eventType, @PathVariable String channel, @PathVariable String language,
            HttpServletRequest request, Model model) {
        JsonNode template = session.send(request, api.call(HttpMethod.GET, path(eventType, channel, language))).body();
        return editor(model, eventType, channel, language, values(template), template, FormErrors.none(), null);
    }

    @PostMapping("/{eventType}/{channel}/{language}")
    String save(@PathVariable String eventType, @PathVariable String channel, @PathVariable String language,
            @RequestParam Map<String, String> submitted, @RequestParam(defaultValue = "save") String action,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        String path = path(eventType, channel, language);
        Map<String, Object> draft = draft(submitted);
        Map<String, String> typed = new LinkedHashMap<>();
        draft.forEach((name, value) -> typed.put(name, value == null ? "" : value.toString()));
        JsonNode current = session.send(request, api.call(HttpMethod.GET, path)).body();
        Map<String, String> malformed = new LinkedHashMap<>();
        typed.forEach((part, value) -> {
            String fragment = malformedPlaceholder(value, !"html".equals(part));
            if (fragment != null) {
                malformed.put(part, page.t("admin.templates.malformed", fragment, "{{name}}"));
            }
        });
        if (!malformed.isEmpty()) {
            response.setStatus(400);
            return editor(model, eventType, channel, language, typed, current,
                    new FormErrors(malformed, page.t("form.fix-below")), null);
        }
        try {
            if ("preview".equals(action)) {
                JsonNode preview = session.send(request, api.call(HttpMethod.POST, path + "/preview")
                        .body(Map.of("template", draft, "values", samples(current, page)))).body();
                return editor(model, eventType, channel, language, typed, current, FormErrors.none(), preview);
            }
            session.send(request, api.call(HttpMethod.PUT, path).body(draft));
            redirect.addFlashAttribute("notice", "notice.template-saved");
            return "redirect:/admin/templates/" + eventType + "/" + channel + "/" + language;
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() != 400) {
                throw refused;
            }
            response.setStatus(400);
            return editor(model, eventType, channel, language, typed, current, FormErrors.of(refused.problem(), page),
                    null);
        }
    }

    @PostMapping("/{eventType}/{channel}/{language}/reset")
    String reset(@PathVariable String eventType, @PathVariable String channel, @PathVariable String language,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        session.send(request, api.call(HttpMethod.DELETE, path(eventType, channel, language)));
        String editor = "/admin/templates/" + eventType + "/" + channel + "/" + language;
        if (Htmx.asked(request)) {
            // After htmx's confirmation dialog.
            Htmx.redirect(request, response, editor, "notice.template-reset");
            return null;
        }
        redirect.addFlashAttribute("notice", "notice.template-reset");
        return "redirect:" + editor;
    }

    private static String editor(Model model, String eventType, String channel, String language,
            Map<String, String> values, JsonNode template, FormErrors errors, JsonNode preview) {
        List<String> placeholders = new ArrayList<>();
        template.path("placeholders").forEach(name -> placeholders.add(name.asString("")));
        model.addAttribute("eventType", eventType);
        model.addAttribute("channel", channel);
        model.addAttribute("language", language);
        model.addAttribute("overridden", template.path("overridden").asBoolean(false));
        model.addAttribute("placeholders", placeholders);
        model.addAttribute("form", new FormValues(values, null));
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview == null ? null : new TemplatePreview(preview.path("subject").asString(""),
                preview.path("text").asString(""), preview.path("html").asString("")));
        return "admin/template";
    }


    private static Map<String, String> values(JsonNode template) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : List.of("subject", "text", "html")) {
            values.put(part, template.path(part).isString() ? template.path(part).asString() : "");
        }
        return values;
    }

    /** The form's parts as the API takes them: an empty subject or HTML part is none. */
    private static Map<String, Object> draft(Map<String, String> submitted) {
        Map<String, Object> draft = new LinkedHashMap<>();
        for (String part : List.of("subject", "text", "html")) {
            String value = submitted.getOrDefault(part, "").replace("\r\n", "\n");
            draft.put(part, value.isBlank() && !"text".equals(part) ? null : value);
        }
        return draft;
    }

    /**
     * The first {@code {{} or {@code }}} in {@code part} that is not part of a placeholder, with what follows it on
     * its line (at most 24 characters); null when there is none. The notification service checks no syntax: it
     * leaves such text as it is in every message, and fills a placeholder it has no value for with nothing, so a
     * typo would reach people unnoticed. A lone {@code }}} counts only where {@code closings} is set: in HTML it is
     * as likely the end of two CSS blocks.
     */
    static String malformedPlaceholder(String part, boolean closings) {
        if (part == null || (!part.contains("{{") && !part.contains("}}"))) {
            return null;
        }
        // Blank out the good placeholders, keeping every other character where it was.
        String masked = PLACEHOLDER.matcher(part).replaceAll(match -> " ".repeat(match.group().length()));
        int open = masked.indexOf("{{");
        int close = closings ? masked.indexOf("}}") : -1;
        int at = open < 0 ? close : close < 0 ? open : Math.min(open, close);
        if (at < 0) {
            return null;
        }
        int lineStart = part.lastIndexOf('\n', at) + 1;
        int lineEnd = part.indexOf('\n', at) < 0 ? part.length() : part.indexOf('\n', at);
        // An opening with what follows it, or a closing with what comes before it.
        int start = at == open ? at : Math.max(lineStart, at - 22);
        int end = at == open ? Math.min(lineEnd, at + 24) : at + 2;
        return part.substring(start, end).strip();
    }

    /** Believable values for the placeholders a template uses, so a preview reads like a real message. */
    static Map<String, String> samples(JsonNode template, Page page) {
        boolean ru = "ru".equals(page.lang());
        Map<String, String> known = Map.ofEntries(
                Map.entry("displayName", ru ? "Вера Соколова" : "Vera Sokolova"),
                Map.entry("email", "vera@example.org"),
                Map.entry("link", "https://qh.example.org/verify-email?token=sample"),
                Map.entry("expiresAt", "2026-12-31 18:00 UTC"),
                Map.entry("company", ru ? "Яндекс" : "Yandex"),
                Map.entry("title", ru ? "Бэкенд-разработчик" : "Backend developer"),
                Map.entry("role", "ADMIN"),
                Map.entry("format", "PDF"),
                Map.entry("documentVersion", "2"),
                Map.entry("kindEn", "resume"),
                Map.entry("kindRu", "резюме"),
                Map.entry("scoreEn", "82 out of 100"),
                Map.entry("scoreRu", "82 из 100"));
        Map<String, String> values = new LinkedHashMap<>();
        template.path("placeholders").forEach(name -> values.put(name.asString(""),
                known.getOrDefault(name.asString(""), "[" + name.asString("") + "]")));
        return values;
    }

    /** The template's address at the API; anything but a known channel and language is no page here. */
    private static String path(String eventType, String channel, String language) {
        if (!eventType.matches("[a-z0-9][a-z0-9.-]{0,99}") || !CHANNELS.contains(channel)
                || !LANGUAGES.contains(language)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "/api/v1/notifications/admin/templates/" + eventType + "/" + channel + "/" + language;
    }
}
