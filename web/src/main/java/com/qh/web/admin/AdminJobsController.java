package com.qh.web.admin;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.api.JsonPaths;
import com.qh.web.session.UserSession;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The analysis service's job queue for administrators ({@code GET /api/v1/analysis/admin/jobs}): how many jobs wait,
 * run, ended and failed, each failed one with why, and a failed job run again. Newest first, 25 a page.
 */
@Controller
@RequestMapping("/admin/jobs")
class AdminJobsController {

    static final int PAGE_SIZE = 25;
    static final List<String> STATUSES = List.of("QUEUED", "RUNNING", "DONE", "FAILED");
    static final List<String> TYPES = List.of("RESUME_REVIEW", "MATCH", "SALARY");

    private final GatewayApi api;
    private final UserSession session;
    private final UserAddresses addresses;
    private final Clock clock = Clock.systemUTC();

    AdminJobsController(GatewayApi api, UserSession session, UserAddresses addresses) {
        this.api = api;
        this.session = session;
        this.addresses = addresses;
    }

    @GetMapping
    String jobs(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
            @ModelAttribute(name = "page", binding = false) Page view, Model model) {
        String wantedStatus = STATUSES.contains(status) ? status : "";
        String wantedType = TYPES.contains(type) ? type : "";
        int pageNumber = Math.max(page, 0);
        String path = UriComponentsBuilder.fromPath("/api/v1/analysis/admin/jobs")
                .queryParamIfPresent("status", Optional.of(wantedStatus).filter(value -> !value.isEmpty()))
                .queryParamIfPresent("type", Optional.of(wantedType).filter(value -> !value.isEmpty()))
                .queryParam("page", pageNumber).queryParam("size", PAGE_SIZE).encode().build().toUriString();
        JsonNode answer = session.send(request, api.call(HttpMethod.GET, path)).body();
        UserAddresses.Lookup owners = addresses.forPage(request);
        List<JobRow> rows = new ArrayList<>();
        answer.path("items").forEach(job -> rows.add(row(job, view, owners, clock.instant())));
        Map<String, Long> counts = new LinkedHashMap<>();
        long all = 0;
        for (String each : STATUSES) {
            long count = answer.path("counts").path(each).asLong(0);
            counts.put(each, count);
            all += count;
        }
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
        model.addAttribute("all", all);
        model.addAttribute("status", wantedStatus);
        model.addAttribute("type", wantedType);
        model.addAttribute("types", TYPES);
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("more", rows.size() == PAGE_SIZE
                && (long) (pageNumber + 1) * PAGE_SIZE < (wantedStatus.isEmpty() ? all : counts.get(wantedStatus)));
        return "admin/jobs";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id, @RequestParam(defaultValue = "") String back, HttpServletRequest request,
            @ModelAttribute(name = "page", binding = false) Page view, RedirectAttributes redirect) {
        try {
            session.send(request, api.call(HttpMethod.POST, "/api/v1/analysis/admin/jobs/" + id + "/retry"));
            redirect.addFlashAttribute("notice", "notice.job-retried");
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() >= 500 || refused.problem().status() == 403) {
                throw refused;
            }
            redirect.addFlashAttribute("notice", refused.problem().status() == 409 ? "notice.job-not-failed"
                    : "notice.job-gone");
        }
        // Back to the same filters; only a path of this page is followed.
        return "redirect:" + (back.startsWith("/admin/jobs") && !back.startsWith("//") ? back : "/admin/jobs");
    }

    static JobRow row(JsonNode job, Page view, UserAddresses.Lookup owners, Instant now) {
        String status = job.path("status").asString("");
        String type = job.path("type").asString("");
        Instant created = JsonPaths.instant(job.path("createdAt"));
        Instant due = JsonPaths.instant(job.path("runAfter"));
        JsonNode problem = job.path("problem");
        String reason = problem.isObject() ? problem.path("detail").asString(problem.path("title").asString(""))
                : "";
        String step = job.path("step").asString("");
        String stepLabel = step.isEmpty() ? "" : view.tOr("analysis.step." + step, step);
        List<String> detail = new ArrayList<>();
        if ("RUNNING".equals(status)) {
            detail.add(job.path("progress").asInt() + " %" + (stepLabel.isEmpty() ? "" : " · " + stepLabel));
        }
        else if ("FAILED".equals(status) && !stepLabel.isEmpty()) {
            detail.add(view.t("admin.jobs.at-step", stepLabel));
        }
        if (job.path("attempts").asInt() > 1) {
            detail.add(view.t("admin.jobs.attempts", job.path("attempts").asInt()));
        }
        if ("QUEUED".equals(status) && due != null && due.isAfter(now)) {
            detail.add(view.t("admin.jobs.due", view.dateTime(due)));
        }
        return new JobRow(job.path("id").asString(""), created == null ? "" : view.dateTime(created),
                owners.addressOf(job.path("userId").asString("")), view.tOr("admin.jobs.type." + type, type),
                status, view.tOr("admin.jobs.status." + status, status), String.join(" · ", detail), reason,
                job.path("lastError").asString(""));
    }
}
