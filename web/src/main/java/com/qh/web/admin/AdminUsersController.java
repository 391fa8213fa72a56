package com.qh.web.admin;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.SessionTokens;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The admin's user list (admins only, {@link AdminOnly}).
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    private static final int PAGE_SIZE = 25;

    private final GatewayApi api;
    private final UserSession session;

    AdminUsersController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    @GetMapping
    String users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page view, Model model) {
        String path = UriComponentsBuilder.fromPath("/api/v1/auth/admin/users")
                .queryParamIfPresent("q", q.isBlank() ? Optional.empty() : Optional.of(q.strip()))
                .queryParam("page", Math.max(page, 0)).queryParam("size", PAGE_SIZE).encode().build().toUriString();
        JsonNode answer = session.send(request, api.call(HttpMethod.GET, path)).body();
        List<UserRow> rows = new ArrayList<>();
        answer.path("items").forEach(user -> rows.add(UserRow.of(user, view)));
        model.addAttribute("users", rows);
        model.addAttribute("q", q);
        model.addAttribute("total", answer.path("total").asLong(rows.size()));
        model.addAttribute("errors", model.getAttribute("problem") instanceof String problem
                ? FormErrors.message(problem) : FormErrors.none());
        return "admin/users";
    }

    @PostMapping("/{id}/{action:disable|enable}")
    String toggle(@PathVariable UUID id, @PathVariable String action, @RequestParam(defaultValue = "") String q,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        return act(request, response, page, model, redirect, q, "notice.user-" + action + "d",
                api.call(HttpMethod.POST, "/api/v1/auth/admin/users/" + id + "/" + action));
    }

    @PostMapping("/{id}/role")
    String role(@PathVariable UUID id, @RequestParam String role, @RequestParam(defaultValue = "") String q,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        String wanted = "ADMIN".equals(role) ? "ADMIN" : "USER";
        return act(request, response, page, model, redirect, q, "notice.role-changed",
                api.call(HttpMethod.PUT, "/api/v1/auth/admin/users/" + id + "/role").body(Map.of("role", wanted)));
    }

    private String act(HttpServletRequest request, HttpServletResponse response, Page page, Model model,
            RedirectAttributes redirect, String q, String notice, GatewayApi.Call call) {
        try {
            session.send(request, call);
            redirect.addFlashAttribute("notice", notice);
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() != 409) {
                throw refused;
            }
            // Admins cannot disable, demote or delete themselves: shown above the list.
            redirect.addFlashAttribute("problem", FormErrors.of(refused.problem(), page).message());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/users")
                .queryParamIfPresent("q", q.isBlank() ? Optional.empty() : Optional.of(q)).encode().build()
                .toUriString();
    }
}
