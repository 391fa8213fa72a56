package com.qh.web.admin;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.FormValues;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The admin's view of AI use: tokens per user, service and feature over a range of days (auth's ledger), and each
 * user's daily token budget. Like the user list, the session's roles only decide whether to show the page; the API
 * checks the token itself.
 */
@Controller
@RequestMapping("/admin/ai")
class AdminAiController {

    /** The API's own bound on a budget is checked there; this only keeps a typo from being sent as a number. */
    private static final String WHOLE = "\\d{1,12}";

    private final GatewayApi api;
    private final UserSession session;

    AdminAiController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    @GetMapping
    String usage(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String userId, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("from", from.strip());
        typed.put("to", to.strip());
        typed.put("userId", userId.strip());
        FormErrors errors = model.getAttribute("problem") instanceof String problem ? FormErrors.message(problem)
                : FormErrors.none();
        List<AiUsageRow> rows = new ArrayList<>();
        Map<String, String> totals = Map.of();
        try {
            JsonNode answer = session.send(request, api.call(HttpMethod.GET, usagePath(typed))).body();
            typed.put("from", answer.path("from").asString(typed.get("from")));
            typed.put("to", answer.path("to").asString(typed.get("to")));
            rows = rows(answer.path("rows"), page);
            JsonNode sum = answer.path("totals");
            long prompt = sum.path("promptTokens").asLong(0);
            long completion = sum.path("completionTokens").asLong(0);
            totals = Map.of("prompt", number(prompt, page), "completion", number(completion, page),
                    "total", number(prompt + completion, page), "calls", number(sum.path("calls").asLong(0), page));
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() >= 500 || refused.problem().status() == 403) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            errors = FormErrors.of(refused.problem(), page);
        }
        model.addAttribute("form", new FormValues(typed, null));
        model.addAttribute("rows", rows);
        model.addAttribute("totals", totals);
        model.addAttribute("errors", errors);
        model.addAttribute("back", back(typed.get("from"), typed.get("to"), typed.get("userId")));
        return "admin/ai";
    }

    @PostMapping("/users/{id}/budget")
    String budget(@PathVariable UUID id, @RequestParam(defaultValue = "") String dailyTokens,
            @RequestParam(defaultValue = "") String back, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        String typed = dailyTokens.replaceAll("[\\s\u00a0,.]", "");
        if (!typed.isEmpty() && !typed.matches(WHOLE)) {
            redirect.addFlashAttribute("problem", page.t("admin.ai.budget.whole"));
        }
        else {
            Map<String, Object> body = new HashMap<>();
            body.put("dailyTokens", typed.isEmpty() ? null : Long.parseLong(typed));
            try {
                session.send(request, api.call(HttpMethod.PUT, "/api/v1/auth/admin/users/" + id + "/ai-budget")
                        .body(body));
                redirect.addFlashAttribute("notice", typed.isEmpty() ? "notice.ai-budget-default" : "notice.ai-budget-set");
            }
            catch (ApiProblemException refused) {
                if (refused.problem().status() >= 500 || refused.problem().status() == 403) {
                    throw refused;
                }
                redirect.addFlashAttribute("problem", FormErrors.of(refused.problem(), page).message());
            }
        }
        // Back to the same range; only a path of this page is followed.
        return "redirect:" + (back.startsWith("/admin/ai") && !back.startsWith("//") ? back : "/admin/ai");
    }

    private static String usagePath(Map<String, String> typed) {
        UriComponentsBuilder path = UriComponentsBuilder.fromPath("/api/v1/admin/ai/usage");
        typed.forEach((name, value) -> path.queryParamIfPresent(name,
                value.isEmpty() ? Optional.empty() : Optional.of(value)));
        return path.encode().build().toUriString();
    }

    static String back(String from, String to, String userId) {
        UriComponentsBuilder path = UriComponentsBuilder.fromPath("/admin/ai");
        Map.of("from", from, "to", to, "userId", userId).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> path.queryParamIfPresent(entry.getKey(),
                        entry.getValue().isEmpty() ? Optional.empty() : Optional.of(entry.getValue())));
        return path.encode().build().toUriString();
    }

    /** Most tokens first (the API orders them so too; the page does not rely on it). */
    private static List<AiUsageRow> rows(JsonNode list, Page page) {
        List<JsonNode> sorted = new ArrayList<>();
        list.forEach(sorted::add);
        sorted.sort(Comparator.comparingLong(AdminAiController::tokens).reversed());
        List<AiUsageRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode row : sorted) {
            String user = row.path("userId").asString("");
            long prompt = row.path("promptTokens").asLong(0);
            long completion = row.path("completionTokens").asLong(0);
            rows.add(new AiUsageRow(user, row.path("email").asString(""), row.path("service").asString(""),
                    row.path("feature").asString(""), number(prompt, page), number(completion, page),
                    number(prompt + completion, page), number(row.path("calls").asLong(0), page), seen.add(user)));
        }
        return rows;
    }

    private static long tokens(JsonNode row) {
        return row.path("promptTokens").asLong(0) + row.path("completionTokens").asLong(0);
    }

    private static String number(long value, Page page) {
        return page.number(BigDecimal.valueOf(value));
    }
}
