package com.qh.web.analysis;

import com.qh.web.api.ApiProblem;
import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.profile.ProfileImport;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Htmx;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * What a resume review leads to: importing the reviewed file into the profile, first as the profile service's dry
 * run (what would be added, changed and removed), then applied with the version that dry run was made against
 * ({@code If-Match}, so a profile edited in between is not overwritten unseen); and whether analysis results also
 * come by e-mail (the notification service's {@code analysis-results} category).
 */
@Controller
@RequestMapping("/analysis")
class ReviewActionsController {

    static final String CATEGORY = "analysis-results";

    private final GatewayApi api;
    private final UserSession session;

    ReviewActionsController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    /** The dry run: htmx swaps it into the review; without JavaScript the review page comes back with it. */
    @PostMapping("/jobs/{id}/import-preview")
    String preview(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        String document = reviewedDocument(request, id);
        model.addAttribute("jobId", id.toString());
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("diff", null);
        try {
            model.addAttribute("diff", dryRun(request, document, page));
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 404) {
                throw refused;
            }
            response.setStatus(refused.problem().status() >= 500 ? 503 : refused.problem().status());
            model.addAttribute("errors", refusal(refused.problem(), page));
        }
        return page(request, id, page, model, "analysis/import");
    }

    /** Applies the import the person saw; a profile changed since shows the new dry run to look at again. */
    @PostMapping("/jobs/{id}/import")
    String apply(@PathVariable UUID id, @RequestParam(defaultValue = "") String etag, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        String document = reviewedDocument(request, id);
        model.addAttribute("jobId", id.toString());
        model.addAttribute("diff", null);
        try {
            session.send(request, api.call(HttpMethod.POST, "/api/v1/profile/import?format=document&documentId="
                    + document + "&dryRun=false").ifMatch(etag.isBlank() ? null : etag));
            if (Htmx.asked(request)) {
                Htmx.redirect(request, response, "/profile", "notice.profile-imported");
                return null;
            }
            redirect.addFlashAttribute("notice", "notice.profile-imported");
            return "redirect:/profile";
        }
        catch (ApiProblemException refused) {
            int status = refused.problem().status();
            if (status == 404) {
                throw refused;
            }
            response.setStatus(status >= 500 ? 503 : status);
            if (status == 412 || status == 428) {
                model.addAttribute("errors", FormErrors.message(page.t("import.changed")));
                try {
                    model.addAttribute("diff", dryRun(request, document, page));
                }
                catch (ApiProblemException again) {
                    model.addAttribute("errors", refusal(again.problem(), page));
                }
            }
            else {
                model.addAttribute("errors", refusal(refused.problem(), page));
            }
            return page(request, id, page, model, "analysis/import");
        }
    }

    /** Turns e-mail for analysis results on or off. */
    @PostMapping("/mail-results")
    String mail(@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String job,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        String back = job.matches("[0-9a-fA-F-]{36}") ? "/analysis/jobs/" + job : "/analysis";
        Boolean now = enabled;
        String said = page.t(enabled ? "analysis.mail.on" : "analysis.mail.off");
        try {
            session.send(request, api.call(HttpMethod.PUT, "/api/v1/notifications/preferences").body(Map.of(
                    "preferences", List.of(Map.of("category", CATEGORY, "channel", "EMAIL", "enabled", enabled)))));
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 401) {
                throw refused;
            }
            response.setStatus(refused.problem().status() >= 500 ? 503 : refused.problem().status());
            now = mailResults(request, session, api);
            said = page.t("analysis.mail.refused");
        }
        if (!Htmx.asked(request)) {
            if (response.getStatus() >= 400) {
                throw new ApiProblemException(new ApiProblem(response.getStatus(), "unavailable", said, Map.of(),
                        Map.of()));
            }
            redirect.addFlashAttribute("notice", enabled ? "notice.analysis-mail-on" : "notice.analysis-mail-off");
            return "redirect:" + back;
        }
        model.addAttribute("jobId", job);
        model.addAttribute("mailResults", now);
        model.addAttribute("said", said);
        return "analysis/mail";
    }

    /**
     * Whether analysis results come by e-mail: the notification service's setting, or null when it cannot be read
     * now (the switch is then not offered rather than shown wrong).
     */
    static Boolean mailResults(HttpServletRequest request, UserSession session, GatewayApi api) {
        try {
            JsonNode settings = session.send(request, api.call(HttpMethod.GET, "/api/v1/notifications/preferences"))
                    .body();
            for (JsonNode category : settings.path("categories")) {
                if (CATEGORY.equals(category.path("category").asString(""))) {
                    return category.path("channels").path("EMAIL").asBoolean(false);
                }
            }
            return null;
        }
        catch (ApiProblemException unreadable) {
            if (unreadable.problem().status() == 401) {
                throw unreadable;
            }
            return null;
        }
    }

    private ProfileImport dryRun(HttpServletRequest request, String document, Page page) {
        ApiResponse answer = session.send(request, api.call(HttpMethod.POST,
                "/api/v1/profile/import?format=document&documentId=" + document + "&dryRun=true"));
        return ProfileImport.of(answer.body(), answer.etag(), page);
    }

    /** The document a finished resume review read; any other job (or someone else's) is the not-found page. */
    private String reviewedDocument(HttpServletRequest request, UUID id) {
        JsonNode job = session.send(request, api.call(HttpMethod.GET, "/api/v1/analysis/jobs/" + id)).body();
        String document = job.path("documentId").asString("");
        if (!"RESUME_REVIEW".equals(job.path("type").asString("")) || !document.matches("[0-9a-fA-F-]{36}")) {
            throw new ApiProblemException(new ApiProblem(404, "not-found", "", Map.of(), Map.of()));
        }
        return document;
    }

    private static FormErrors refusal(ApiProblem problem, Page page) {
        return problem.status() >= 500 ? FormErrors.message(page.t("import.unavailable"))
                : FormErrors.of(problem, page);
    }

    /** The fragment for htmx; the whole review page (with the fragment in it) for a plain form post. */
    private String page(HttpServletRequest request, UUID id, Page page, Model model, String fragment) {
        if (Htmx.asked(request)) {
            return fragment;
        }
        JsonNode job = session.send(request, api.call(HttpMethod.GET, "/api/v1/analysis/jobs/" + id)).body();
        model.addAttribute("job", AnalysisViews.job(job, page));
        model.addAttribute("mailResults", mailResults(request, session, api));
        model.addAttribute("importDiff", model.getAttribute("diff"));
        model.addAttribute("importErrors", model.getAttribute("errors"));
        return "analysis/job";
    }
}
