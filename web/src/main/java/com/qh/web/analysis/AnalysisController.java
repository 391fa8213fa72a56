package com.qh.web.analysis;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Htmx;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

/**
 * Analyses. A job's page shows its progress while it runs: htmx asks for the page again every 2 s and gets the
 * job's part alone, which stops asking once the job is done or failed. Without JavaScript the page says to reload.
 */
@Controller
@RequestMapping("/analysis")
class AnalysisController {

    private static final int LIMIT = 50;
    private static final List<String> STARTABLE = List.of("MATCH", "SALARY", "RESUME_REVIEW");

    private final GatewayApi api;
    private final UserSession session;

    AnalysisController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    @GetMapping
    String list(HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        model.addAttribute("rows", rows(request, page));
        model.addAttribute("errors", FormErrors.none());
        return "analysis/list";
    }

    @GetMapping("/jobs/{id}")
    String job(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        JsonNode job;
        try {
            job = session.send(request, api.call(HttpMethod.GET, "/api/v1/analysis/jobs/" + id)).body();
        }
        catch (ApiProblemException gone) {
            if (Htmx.asked(request)) {
                // A poll that finds the job gone (erased, or the API refuses): the whole page says why.
                response.setHeader("HX-Refresh", "true");
                return null;
            }
            throw gone;
        }
        model.addAttribute("job", AnalysisViews.job(job, page));
        if (Htmx.asked(request)) {
            return "analysis/job-body";
        }
        if ("RESUME_REVIEW".equals(job.path("type").asString(""))) {
            model.addAttribute("mailResults", ReviewActionsController.mailResults(request, session, api));
        }
        return "analysis/job";
    }

    /**
     * Starts a match against one of one's vacancies, a review of an uploaded resume, or a salary estimate; then its
     * page shows the progress.
     */
    @PostMapping("/jobs")
    String start(@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String vacancyId,
            @RequestParam(defaultValue = "") String documentId, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        FormErrors errors;
        if (!STARTABLE.contains(type)) {
            errors = FormErrors.message(page.t("analysis.start.unknown"));
            response.setStatus(400);
        }
        else {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("type", type);
            if (!vacancyId.isBlank()) {
                body.put("vacancyId", vacancyId.strip());
            }
            if (!documentId.isBlank()) {
                body.put("documentId", documentId.strip());
            }
            try {
                ApiResponse started = session.send(request, api.call(HttpMethod.POST, "/api/v1/analysis/jobs")
                        .body(body));
                return "redirect:/analysis/jobs/" + started.body().path("id").asString();
            }
            catch (ApiProblemException refused) {
                if (refused.problem().status() == 404 || refused.problem().status() >= 500) {
                    throw refused;
                }
                response.setStatus(refused.problem().status());
                errors = FormErrors.of(refused.problem(), page);
            }
        }
        model.addAttribute("rows", rows(request, page));
        model.addAttribute("errors", errors);
        return "analysis/list";
    }


    private List<AnalysisViews.Row> rows(HttpServletRequest request, Page page) {
        JsonNode answer = session.send(request, api.call(HttpMethod.GET, "/api/v1/analysis/jobs?limit=" + LIMIT))
                .body();
        List<AnalysisViews.Row> rows = new ArrayList<>();
        answer.forEach(job -> rows.add(AnalysisViews.row(job, page)));
        return rows;
    }
}
