package com.qh.web.match;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
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
import tools.jackson.databind.JsonNode;

/**
 * The match of the profile against one saved vacancy, run afresh each time the page is opened (the analysis service
 * answers at once and keeps it in the history). "I have this" adds a missing skill to the profile's skills through
 * the profile API, then the page matches again.
 */
@Controller
@RequestMapping("/vacancies/{id}/match")
class MatchController {

    /** The profile API's limit on a skill's name. */
    private static final int MAX_SKILL = 100;

    private final GatewayApi api;
    private final UserSession session;

    MatchController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    @GetMapping
    String match(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        return render(id, FormErrors.none(), request, response, page, model);
    }

    @PostMapping("/skills")
    String addSkill(@PathVariable UUID id, @RequestParam(defaultValue = "") String name, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        String skill = name.strip();
        if (skill.isEmpty() || skill.length() > MAX_SKILL) {
            response.setStatus(400);
            return render(id, FormErrors.message(page.t("match.skill.invalid")), request, response, page, model);
        }
        try {
            redirect.addFlashAttribute("notice", add(skill, request) ? "notice.skill-added" : "notice.skill-listed");
            return "redirect:/vacancies/" + id + "/match";
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            FormErrors errors = FormErrors.of(refused.problem(), page);
            return render(id, errors, request, response, page, model);
        }
    }

    /**
     * Adds the skill unless the profile lists it already (by any case); false when it did. The profile's version is
     * read just before the write, and a write that meets a change made in between (412) reads and tries once more:
     * adding one skill overwrites nothing, so there is nothing the person would have to see first.
     */
    private boolean add(String skill, HttpServletRequest request) {
        for (int attempt = 1; ; attempt++) {
            ApiResponse skills = session.send(request, api.call(HttpMethod.GET, "/api/v1/profile/skills"));
            for (JsonNode listed : skills.body()) {
                if (listed.path("name").asString("").equalsIgnoreCase(skill)) {
                    return false;
                }
            }
            try {
                session.send(request, api.call(HttpMethod.POST, "/api/v1/profile/skills").ifMatch(skills.etag())
                        .body(Map.of("name", skill)));
                return true;
            }
            catch (ApiProblemException refused) {
                if (refused.problem().status() != 412 || attempt == 2) {
                    throw refused;
                }
            }
        }
    }

    private String render(UUID id, FormErrors errors, HttpServletRequest request, HttpServletResponse response,
            Page page, Model model) {
        model.addAttribute("vacancyId", id.toString());
        model.addAttribute("errors", errors);
        try {
            JsonNode answer = session.send(request, api.call(HttpMethod.POST, "/api/v1/analysis/match")
                    .body(Map.of("vacancyId", id.toString(), "language", page.lang()))).body();
            model.addAttribute("match", MatchViews.match(answer, page));
        }
        catch (ApiProblemException refused) {
            // Not one's vacancy is the not-found page; the service down is the error page. Anything else (no
            // profile yet) is said on the page, with the way to fix it.
            if (refused.problem().status() == 404 || refused.problem().status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            model.addAttribute("match", null);
            model.addAttribute("refusal", FormErrors.of(refused.problem(), page).message());
            model.addAttribute("noProfile", refused.problem().is("no-profile"));
        }
        if (errors.any() && response.getStatus() < 400) {
            response.setStatus(400);
        }
        return "match/match";
    }
}
