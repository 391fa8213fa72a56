package com.qh.web.vacancy;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.FormValues;
import com.qh.web.view.Htmx;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Vacancies and the application tracker. A tracker move from the vacancy page is an htmx request answered with the
 * tracker's fragment only; without JavaScript the same form posts and comes back to the page.
 */
@Controller
@RequestMapping("/vacancies")
class VacancyController {

    private static final int PAGE_SIZE = 20;

    private final GatewayApi api;
    private final UserSession session;

    VacancyController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page view,
            Model model) {
        listModel(status, q, Math.max(page, 0), request, view, model);
        model.addAttribute("form", new FormValues(Map.of(), null));
        model.addAttribute("errors", FormErrors.none());
        return "vacancy/list";
    }

    @PostMapping("/import")
    String importVacancy(@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String text,
            HttpServletRequest request, HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = FormErrors.none();
        if (url.isBlank() == text.isBlank()) {
            errors = FormErrors.message(page.t(url.isBlank() ? "vacancy.import.give-one" : "vacancy.import.only-one"));
        }
        else {
            try {
                Map<String, String> body = url.isBlank() ? Map.of("text", text) : Map.of("url", url.strip());
                ApiResponse imported = session.send(request, api.call(HttpMethod.POST, "/api/v1/vacancies/import")
                        .body(body));
                String notice = imported.status() == 201 ? "notice.vacancy-imported" : "notice.vacancy-updated";
                String location = "/vacancies/" + imported.body().path("id").asString();
                if (Htmx.asked(request)) {
                    Htmx.redirect(request, response, location, notice);
                    return null;
                }
                redirect.addFlashAttribute("notice", notice);
                return "redirect:" + location;
            }
            catch (ApiProblemException refused) {
                response.setStatus(refused.problem().status());
                errors = FormErrors.of(refused.problem(), page);
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(400);
        }
        listModel("", "", 0, request, page, model);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("url", url);
        typed.put("text", text);
        model.addAttribute("form", new FormValues(typed, null));
        model.addAttribute("errors", errors);
        return "vacancy/list";
    }

    @GetMapping("/{id}")
    String vacancy(@PathVariable UUID id, HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page,
            Model model) {
        JsonNode vacancy = session.send(request, api.call(HttpMethod.GET, "/api/v1/vacancies/" + id)).body();
        model.addAttribute("vacancy", VacancyViews.detail(vacancy, page));
        model.addAttribute("documents", documents(request));
        model.addAttribute("errors", FormErrors.none());
        return "vacancy/vacancy";
    }

    @PostMapping("/{id}/tracker")
    String move(@PathVariable UUID id, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String resumeDocumentId,
            @RequestParam(defaultValue = "") String letterDocumentId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = FormErrors.none();
        JsonNode vacancy;
        try {
            Map<String, String> body = new LinkedHashMap<>();
            if (!status.isBlank()) {
                body.put("status", status);
            }
            if (!note.isBlank()) {
                body.put("note", note.strip());
            }
            if (!resumeDocumentId.isBlank()) {
                body.put("resumeDocumentId", resumeDocumentId.strip());
            }
            if (!letterDocumentId.isBlank()) {
                body.put("letterDocumentId", letterDocumentId.strip());
            }
            vacancy = session.send(request, api.call(HttpMethod.POST, "/api/v1/vacancies/" + id + "/tracker")
                    .body(body)).body();
            if (htmx == null) {
                redirect.addFlashAttribute("notice", "notice.tracker-moved");
                return "redirect:/vacancies/" + id;
            }
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 404) {
                throw refused;
            }
            errors = FormErrors.of(refused.problem(), page);
            vacancy = session.send(request, api.call(HttpMethod.GET, "/api/v1/vacancies/" + id)).body();
            // htmx swaps only 2xx answers by default; the fragment with the message must be shown, so it stays 200.
            if (htmx == null) {
                response.setStatus(refused.problem().status());
            }
        }
        model.addAttribute("vacancy", VacancyViews.detail(vacancy, page));
        model.addAttribute("documents", documents(request));
        model.addAttribute("errors", errors);
        model.addAttribute("moved", !errors.any());
        return htmx == null ? "vacancy/vacancy" : "vacancy/tracker";
    }

    /**
     * The person's documents, to name the ones sent and offer the next; without them (the document service not
     * answering) the tracker still moves, only the pickers are left out.
     */
    private VacancyViews.Documents documents(HttpServletRequest request) {
        try {
            return VacancyViews.documents(session.send(request, api.call(HttpMethod.GET, "/api/v1/documents")).body());
        }
        catch (ApiProblemException unavailable) {
            return VacancyViews.Documents.unlisted();
        }
    }

    private void listModel(String status, String q, int pageNumber, HttpServletRequest request, Page page,
            Model model) {
        String path = UriComponentsBuilder.fromPath("/api/v1/vacancies")
                .queryParamIfPresent("status", status.isBlank() ? Optional.empty()
                        : Optional.of(Status.of(status).name()))
                .queryParamIfPresent("q", q.isBlank() ? Optional.empty() : Optional.of(q.strip()))
                .queryParam("page", pageNumber).queryParam("size", PAGE_SIZE)
                .encode().build().toUriString();
        JsonNode answer = session.send(request, api.call(HttpMethod.GET, path)).body();
        List<VacancyViews.Row> rows = new ArrayList<>();
        answer.path("items").forEach(item -> rows.add(VacancyViews.row(item, page)));
        long total = answer.path("total").asLong(rows.size());
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("status", status.isBlank() ? "" : Status.of(status).name());
        model.addAttribute("q", q);
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("pages", (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("previous", pageNumber > 0 ? VacancyViews.listLink(pageNumber - 1, status, q) : null);
        model.addAttribute("next", pageNumber + 1 < (total + PAGE_SIZE - 1) / PAGE_SIZE
                ? VacancyViews.listLink(pageNumber + 1, status, q) : null);
    }
}
