package com.qh.web.profile;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.FormValues;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing a JSON Resume file into the profile: the file (or its text pasted) is sent to the profile service's dry
 * run, the changes are shown entry by entry, and only "Import" applies them, with the dry run's ETag as
 * {@code If-Match} so nothing saved in between is overwritten unseen. Between the two steps the document waits in
 * the web session (not in a hidden field, so the page stays small and the browser sends it once).
 */
@Controller
@RequestMapping("/profile/import")
class ImportController {

    /** JSON Resume files are a few kilobytes; this bounds what one session keeps. */
    static final int MAX_BYTES = 512 * 1024;

    private static final String PENDING = ImportController.class.getName() + ".pending";

    /** A previewed document waiting to be applied. */
    record Pending(String document, String language, String etag) implements Serializable {
    }

    private final GatewayApi api;
    private final UserSession session;
    private final JsonMapper json;

    ImportController(GatewayApi api, UserSession session, JsonMapper json) {
        this.api = api;
        this.session = session;
        this.json = json;
    }

    @GetMapping
    String form(HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        session.require(request);
        return show(model, new FormValues(Map.of("language", page.lang()), null), FormErrors.none(), null);
    }

    @PostMapping("/preview")
    String preview(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String language, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        String lang = "en".equals(language) || "ru".equals(language) ? language : page.lang();
        FormValues values = new FormValues(Map.of("language", lang, "text", text), null);
        String document;
        try {
            document = read(file, text);
        }
        catch (Refused refused) {
            response.setStatus(400);
            return show(model, values, new FormErrors(Map.of(refused.field, page.t(refused.key)),
                    page.t("form.fix-below")), null);
        }
        try {
            ApiResponse dryRun = dryRun(request, document, lang);
            request.getSession().setAttribute(PENDING, new Pending(document, lang, dryRun.etag()));
            return show(model, values, FormErrors.none(), ProfileImport.of(dryRun.body(), dryRun.etag(), page));
        }
        catch (ApiProblemException refused) {
            response.setStatus(refused.problem().status() >= 500 ? 502 : refused.problem().status());
            return show(model, values, FormErrors.message(page.t("profile.import.refused",
                    FormErrors.of(refused.problem(), page).message())), null);
        }
    }

    @PostMapping
    String apply(HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        HttpSession web = request.getSession();
        if (!(web.getAttribute(PENDING) instanceof Pending pending)) {
            redirect.addFlashAttribute("notice", "notice.import-expired");
            return "redirect:/profile/import";
        }
        FormValues values = new FormValues(Map.of("language", pending.language()), null);
        try {
            session.send(request, api.call(HttpMethod.POST, "/api/v1/profile/import?format=json-resume&language="
                    + pending.language() + "&dryRun=false").ifMatch(pending.etag()).body(json.readTree(
                            pending.document())));
            web.removeAttribute(PENDING);
            redirect.addFlashAttribute("notice", "notice.profile-imported");
            return "redirect:/profile";
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() != 412) {
                response.setStatus(refused.problem().status() >= 500 ? 502 : refused.problem().status());
                return show(model, values, FormErrors.message(page.t("profile.import.refused",
                        FormErrors.of(refused.problem(), page).message())), null);
            }
            // Someone saved the profile in between: show what importing would do now, to be accepted again.
            ApiResponse dryRun = dryRun(request, pending.document(), pending.language());
            web.setAttribute(PENDING, new Pending(pending.document(), pending.language(), dryRun.etag()));
            response.setStatus(409);
            return show(model, values, FormErrors.message(page.t("import.changed")),
                    ProfileImport.of(dryRun.body(), dryRun.etag(), page));
        }
    }

    private ApiResponse dryRun(HttpServletRequest request, String document, String language) {
        return session.send(request, api.call(HttpMethod.POST,
                "/api/v1/profile/import?format=json-resume&language=" + language + "&dryRun=true")
                .body(json.readTree(document)));
    }

    /** The document from the file, else from the pasted text: one JSON object of at most {@link #MAX_BYTES}. */
    private String read(MultipartFile file, String text) throws Refused {
        String field = file != null && !file.isEmpty() ? "file" : "text";
        String document;
        if ("file".equals(field)) {
            if (file.getSize() > MAX_BYTES) {
                throw new Refused(field, "profile.import.too-large");
            }
            try {
                document = new String(file.getBytes(), StandardCharsets.UTF_8);
            }
            catch (IOException unreadable) {
                throw new Refused(field, "profile.import.not-json");
            }
        }
        else {
            document = text.strip();
            if (document.isEmpty()) {
                throw new Refused("file", "profile.import.nothing");
            }
            if (document.length() > MAX_BYTES) {
                throw new Refused(field, "profile.import.too-large");
            }
        }
        try {
            JsonNode parsed = json.readTree(document.startsWith("\uFEFF") ? document.substring(1) : document);
            if (!parsed.isObject()) {
                throw new Refused(field, "profile.import.not-json");
            }
            return json.writeValueAsString(parsed);
        }
        catch (JacksonException notJson) {
            throw new Refused(field, "profile.import.not-json");
        }
    }

    private static String show(Model model, FormValues values, FormErrors errors, ProfileImport diff) {
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("diff", diff);
        return "profile/import";
    }

    /** Why a submitted document cannot be sent: the input to mark and the message key. */
    private static final class Refused extends Exception {

        private final String field;
        private final String key;

        Refused(String field, String key) {
            super(key, null, false, false);
            this.field = field;
            this.key = key;
        }
    }
}
