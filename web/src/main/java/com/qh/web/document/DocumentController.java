package com.qh.web.document;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * One's documents. Uploads go to the document service as they came (streamed from the spooled part); downloads
 * come back through this app, so the access token never reaches the browser.
 */
@Controller
@RequestMapping("/documents")
class DocumentController {

    private final GatewayApi api;
    private final UserSession session;
    private final Clock clock;

    DocumentController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
        this.clock = Clock.systemUTC();
    }

    @GetMapping
    String list(HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        listModel(request, page, model, FormErrors.none(), "RESUME_UPLOAD", "");
        return "document/list";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String title, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        FormErrors errors;
        if (file == null || file.isEmpty()) {
            errors = FormErrors.message(page.t("documents.upload.none")).with("file", page.t("documents.upload.choose"));
            response.setStatus(400);
        }
        else {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("file", FileParts.of(file));
            parts.add("kind", DocumentViews.UPLOAD_KINDS.contains(kind) ? kind : "OTHER");
            if (!title.isBlank()) {
                parts.add("title", title.strip());
            }
            try {
                ApiResponse stored = session.send(request, api.call(HttpMethod.POST, "/api/v1/documents")
                        .multipart(parts));
                return done(request, response, redirect, "/documents/" + stored.body().path("id").asString(),
                        "notice.document-uploaded");
            }
            catch (ApiProblemException refused) {
                if (refused.problem().status() >= 500) {
                    throw refused;
                }
                response.setStatus(refused.problem().status());
                errors = FormErrors.of(refused.problem(), page);
            }
        }
        listModel(request, page, model, errors, kind, title);
        return "document/list";
    }

    @GetMapping("/{id}")
    String document(@PathVariable UUID id, HttpServletRequest request,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        documentModel(id, request, page, model, FormErrors.none(), null);
        return "document/document";
    }

    @GetMapping("/{id}/download")
    void download(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
        session.download(request, api.call(HttpMethod.GET, "/api/v1/documents/" + id + "/content"),
                response);
    }

    @GetMapping("/{id}/versions/{number}/download")
    void downloadVersion(@PathVariable UUID id, @PathVariable int number, HttpServletRequest request,
            HttpServletResponse response) {
        session.download(request, api.call(HttpMethod.GET, "/api/v1/documents/" + id + "/versions/"
                + number + "/content"), response);
    }

    @PostMapping("/{id}/versions")
    String addVersion(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        UUID document = id;
        FormErrors errors;
        if (file == null || file.isEmpty()) {
            errors = FormErrors.message(page.t("documents.upload.none")).with("file", page.t("documents.upload.choose"));
            response.setStatus(400);
        }
        else {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("file", FileParts.of(file));
            try {
                session.send(request, api.call(HttpMethod.POST, "/api/v1/documents/" + document + "/versions")
                        .multipart(parts));
                return done(request, response, redirect, "/documents/" + document, "notice.version-added");
            }
            catch (ApiProblemException refused) {
                if (refused.problem().status() == 404 || refused.problem().status() >= 500) {
                    throw refused;
                }
                response.setStatus(refused.problem().status());
                errors = FormErrors.of(refused.problem(), page);
            }
        }
        documentModel(document, request, page, model, errors, null);
        return "document/document";
    }

    @PostMapping("/{id}/versions/{number}/restore")
    String restore(@PathVariable UUID id, @PathVariable int number, HttpServletRequest request,
            RedirectAttributes redirect) {
        UUID document = id;
        session.send(request, api.call(HttpMethod.POST, "/api/v1/documents/" + document + "/versions/" + number
                + "/restore"));
        redirect.addFlashAttribute("notice", "notice.version-restored");
        return "redirect:/documents/" + document;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        session.send(request, api.call(HttpMethod.DELETE, "/api/v1/documents/" + id));
        return done(request, response, redirect, "/documents", "notice.document-deleted");
    }

    /** A share link; its address is shown once, on the page this answers, since only its hash is kept. */
    @PostMapping("/{id}/shares")
    String share(@PathVariable UUID id, @RequestParam(defaultValue = "") String password,
            @RequestParam(name = "expiresAt", defaultValue = "") String expires, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        UUID document = id;
        Map<String, Object> body = new LinkedHashMap<>();
        FormErrors errors = FormErrors.none();
        if (!expires.isBlank()) {
            try {
                LocalDate last = LocalDate.parse(expires.strip());
                if (!last.isAfter(LocalDate.now(clock.withZone(ZoneId.systemDefault())).minusDays(1))) {
                    errors = errors.with("expiresAt", page.t("documents.share.expires.past"));
                }
                // The link works through the whole last day chosen.
                body.put("expiresAt", last.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().toString());
            }
            catch (DateTimeParseException notADate) {
                errors = errors.with("expiresAt", page.t("documents.share.expires.invalid"));
            }
        }
        if (!password.isEmpty()) {
            body.put("password", password);
        }
        String link = null;
        if (!errors.any()) {
            try {
                JsonNode created = session.send(request, api.call(HttpMethod.POST, "/api/v1/documents/" + document
                        + "/shares").body(body)).body();
                link = ServletUriComponentsBuilder.fromContextPath(request).path("/shared/")
                        .path(created.path("token").asString()).build().toUriString();
            }
            catch (ApiProblemException refused) {
                if (refused.problem().status() == 404 || refused.problem().status() >= 500) {
                    throw refused;
                }
                errors = FormErrors.of(refused.problem(), page);
            }
        }
        if (errors.any()) {
            response.setStatus(400);
            if (errors.message() == null) {
                errors = new FormErrors(errors.fields(), page.t("form.fix-below"));
            }
        }
        documentModel(document, request, page, model, errors, link);
        model.addAttribute("shareExpires", expires);
        return "document/document";
    }

    @PostMapping("/{id}/shares/{shareId}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable UUID shareId, HttpServletRequest request,
            RedirectAttributes redirect) {
        UUID document = id;
        session.send(request, api.call(HttpMethod.DELETE, "/api/v1/documents/" + document + "/shares/"
                + shareId));
        redirect.addFlashAttribute("notice", "notice.share-revoked");
        return "redirect:/documents/" + document + "#shares";
    }

    private String done(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
            String location, String notice) {
        if (Htmx.asked(request)) {
            Htmx.redirect(request, response, location, notice);
            return null;
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + location;
    }

    private void listModel(HttpServletRequest request, Page page, Model model, FormErrors errors, String kind,
            String title) {
        JsonNode documents = session.send(request, api.call(HttpMethod.GET, "/api/v1/documents")).body();
        List<DocumentViews.Doc> rows = new ArrayList<>();
        documents.forEach(document -> rows.add(DocumentViews.doc(document, page)));
        JsonNode usage = session.send(request, api.call(HttpMethod.GET, "/api/v1/documents/usage")).body();
        model.addAttribute("documents", rows);
        model.addAttribute("usage", DocumentViews.usage(usage, page));
        model.addAttribute("errors", errors);
        model.addAttribute("kind", DocumentViews.UPLOAD_KINDS.contains(kind) ? kind : "RESUME_UPLOAD");
        model.addAttribute("title", title);
    }

    private void documentModel(UUID id, HttpServletRequest request, Page page, Model model, FormErrors errors,
            String sharedLink) {
        String base = "/api/v1/documents/" + id;
        DocumentViews.Doc document = DocumentViews.doc(session.send(request, api.call(HttpMethod.GET, base)).body(),
                page);
        model.addAttribute("document", document);
        model.addAttribute("versions", DocumentViews.versions(
                session.send(request, api.call(HttpMethod.GET, base + "/versions")).body(), document.version(), page));
        model.addAttribute("shares", DocumentViews.shares(
                session.send(request, api.call(HttpMethod.GET, base + "/shares")).body(), clock.instant(), page));
        model.addAttribute("errors", errors);
        model.addAttribute("sharedLink", sharedLink);
        model.addAttribute("shareExpires", "");
    }


}
