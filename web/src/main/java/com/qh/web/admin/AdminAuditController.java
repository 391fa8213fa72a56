package com.qh.web.admin;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.api.JsonPaths;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.FormValues;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The security audit log (auth's {@code GET /api/v1/auth/admin/audit}), newest first, filtered by user, event type
 * and days. The user is typed as an e-mail address (or an account id) and found through the admin user search, as
 * the log itself is searched by id; days are UTC days, "to" included.
 */
@Controller
@RequestMapping("/admin/audit")
class AdminAuditController {

    static final int PAGE_SIZE = 50;

    /** auth's event types, in the order the filter offers them. */
    static final List<String> TYPES = List.of("SIGN_IN_SUCCEEDED", "SIGN_IN_FAILED", "SIGN_IN_THROTTLED",
            "ACCOUNT_LOCKED", "SIGNED_OUT", "SIGNED_OUT_EVERYWHERE", "REFRESH_TOKEN_REUSED", "USER_REGISTERED",
            "EMAIL_VERIFIED", "PASSWORD_CHANGED", "PASSWORD_CHANGE_FAILED", "PASSWORD_RESET_REQUESTED",
            "PASSWORD_RESET", "TOTP_ENABLED", "TOTP_DISABLED", "TOTP_DISABLE_FAILED", "OAUTH2_LINKED", "ROLE_CHANGED",
            "USER_DISABLED", "USER_ENABLED", "USER_DELETED", "ACCOUNT_DELETION_FAILED", "AI_BUDGET_CHANGED");

    private final GatewayApi api;
    private final UserSession session;
    private final UserAddresses addresses;

    AdminAuditController(GatewayApi api, UserSession session, UserAddresses addresses) {
        this.api = api;
        this.session = session;
        this.addresses = addresses;
    }

    @GetMapping
    String audit(@RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page view, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("user", user.strip());
        typed.put("type", TYPES.contains(type) ? type : "");
        typed.put("from", from.strip());
        typed.put("to", to.strip());
        model.addAttribute("form", new FormValues(typed, null));
        model.addAttribute("types", TYPES);
        model.addAttribute("pageNumber", Math.max(page, 0));
        Map<String, String> wrong = new LinkedHashMap<>();
        Instant start = day(typed.get("from"), 0, "from", wrong, view);
        Instant end = day(typed.get("to"), 1, "to", wrong, view);
        if (start != null && end != null && !start.isBefore(end)) {
            wrong.put("to", view.t("admin.audit.to-before-from"));
        }
        String userId = wrong.isEmpty() ? userId(request, typed.get("user"), wrong, view) : null;
        if (!wrong.isEmpty()) {
            response.setStatus(400);
            return show(model, new FormErrors(wrong, view.t("form.fix-below")), List.of(), 0);
        }
        String path = UriComponentsBuilder.fromPath("/api/v1/auth/admin/audit")
                .queryParamIfPresent("userId", Optional.ofNullable(userId))
                .queryParamIfPresent("type", Optional.of(typed.get("type")).filter(value -> !value.isEmpty()))
                .queryParamIfPresent("from", Optional.ofNullable(start))
                .queryParamIfPresent("to", Optional.ofNullable(end))
                .queryParam("page", Math.max(page, 0)).queryParam("size", PAGE_SIZE).encode().build().toUriString();
        try {
            JsonNode answer = session.send(request, api.call(HttpMethod.GET, path)).body();
            List<AuditRow> rows = new ArrayList<>();
            UserAddresses.Lookup actors = addresses.forPage(request);
            answer.path("items").forEach(event -> rows.add(row(event, view, actors::addressOf)));
            return show(model, FormErrors.none(), rows, answer.path("total").asLong(rows.size()));
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() != 400) {
                throw refused;
            }
            response.setStatus(400);
            return show(model, FormErrors.of(refused.problem(), view), List.of(), 0);
        }
    }

    private static String show(Model model, FormErrors errors, List<AuditRow> rows, long total) {
        model.addAttribute("errors", errors);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "admin/audit";
    }

    /** The account the filter names: an id as it is, an address through the user search; null for everyone. */
    private String userId(HttpServletRequest request, String typed, Map<String, String> wrong, Page view) {
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(typed).toString();
        }
        catch (IllegalArgumentException notAnId) {
            // An address, or part of one.
        }
        String path = UriComponentsBuilder.fromPath("/api/v1/auth/admin/users").queryParam("q", typed)
                .queryParam("size", 5).encode().build().toUriString();
        List<JsonNode> found = new ArrayList<>();
        session.send(request, api.call(HttpMethod.GET, path)).body().path("items").forEach(found::add);
        List<JsonNode> exact = found.stream()
                .filter(user -> user.path("email").asString("").equalsIgnoreCase(typed)).toList();
        if (exact.size() == 1 || found.size() == 1) {
            return (exact.size() == 1 ? exact : found).getFirst().path("id").asString();
        }
        wrong.put("user", view.t(found.isEmpty() ? "admin.audit.no-user" : "admin.audit.several-users"));
        return null;
    }

    /** The start of a UTC day typed as {@code 2026-12-04}, {@code plusDays} later; null when blank. */
    private static Instant day(String typed, int plusDays, String field, Map<String, String> wrong, Page view) {
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(typed).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        catch (DateTimeParseException notADay) {
            wrong.put(field, view.t("admin.audit.not-a-day"));
            return null;
        }
    }

    private static AuditRow row(JsonNode event, Page view, UnaryOperator<String> actorName) {
        String type = event.path("type").asString("");
        Instant when = JsonPaths.instant(event.path("occurredAt"));
        String userId = event.path("userId").asString("");
        String actor = event.path("actorId").asString("");
        String email = event.path("email").asString("");
        return new AuditRow(when == null ? "" : view.dateTime(when), type, view.tOr("audit.type." + type, type),
                type.endsWith("_FAILED") || type.endsWith("_LOCKED") || type.endsWith("_THROTTLED")
                        || type.endsWith("_REUSED"),
                email.isEmpty() ? userId : email, actor.isEmpty() || actor.equals(userId) ? "" : actorName.apply(actor),
                event.path("ip").asString(""), event.path("detail").asString(""));
    }
}
