package com.qh.web.upload;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.FileParts;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Htmx;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;


import org.springframework.http.HttpMethod;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * Upload a resume and watch it being reviewed. The upload is stored as a {@code RESUME_UPLOAD} document, which
 * starts a review by itself (the analysis service listens for the upload); {@code /upload/{documentId}} then finds
 * that review among one's jobs and shows how far it is. The page's bar moves with the live channel's
 * {@code analysis} events ({@code js/live.js}); without them htmx asks this page again every 2 s for its progress
 * part, and a finished review sends the browser to its report.
 */
@Controller
@RequestMapping("/upload")
class UploadController {

    /** One's latest jobs looked through for the upload's review: it is among the newest. */
    private static final int RECENT_JOBS = 20;

    private final GatewayApi api;
    private final UserSession session;

    UploadController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    @GetMapping
    String form(HttpServletRequest request, Model model) {
        session.require(request);
        model.addAttribute("errors", FormErrors.none());
        return "upload/upload";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        FormErrors errors;
        if (file == null || file.isEmpty()) {
            errors = FormErrors.message(page.t("upload.none")).with("file", page.t("documents.upload.choose"));
            response.setStatus(400);
        }
        else {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("file", FileParts.of(file));
            parts.add("kind", "RESUME_UPLOAD");
            try {
                ApiResponse stored = session.send(request, api.call(HttpMethod.POST, "/api/v1/documents")
                        .multipart(parts));
                String location = "/upload/" + UUID.fromString(stored.body().path("id").asString(""));
                if (Htmx.asked(request)) {
                    Htmx.redirect(request, response, location, null);
                    return null;
                }
                return "redirect:" + location;
            }
            catch (ApiProblemException refused) {
                if (refused.problem().status() >= 500) {
                    throw refused;
                }
                response.setStatus(refused.problem().status());
                errors = FormErrors.of(refused.problem(), page);
                if (errors.message() == null) {
                    errors = new FormErrors(errors.fields(), page.t("form.fix-below"));
                }
            }
        }
        model.addAttribute("errors", errors);
        return "upload/upload";
    }

    /**
     * The upload's review: its progress, or its report once done (a redirect; to htmx {@code HX-Redirect}). To htmx
     * the progress part alone, without asking for the document again.
     */
    @GetMapping("/{id}")
    String progress(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        UUID document = id;
        boolean part = Htmx.asked(request);
        String title = "";
        if (!part) {
            JsonNode stored = session.send(request, api.call(HttpMethod.GET, "/api/v1/documents/" + document)).body();
            title = stored.path("title").asString("");
            if (title.isBlank()) {
                title = stored.path("fileName").asString("");
            }
        }
        ReviewProgress review = ReviewProgress.of(document, session.send(request,
                api.call(HttpMethod.GET, "/api/v1/analysis/jobs?limit=" + RECENT_JOBS)).body());
        if (review.finished()) {
            String report = "/analysis/jobs/" + review.jobId();
            if (part) {
                Htmx.redirect(request, response, report, null);
                return null;
            }
            return "redirect:" + report;
        }
        model.addAttribute("review", review);
        if (part) {
            return "upload/review-progress";
        }
        model.addAttribute("title", title);
        return "upload/progress";
    }


}
