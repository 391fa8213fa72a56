package com.qh.web.profile;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.profile.EntryForms.Form;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.FormValues;
import com.qh.web.view.Htmx;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adding, editing and deleting the entries of the profile's list sections (jobs, studies, skills, …), one form per
 * section drawn from {@link EntryForms}. An entry is read before it is saved and only the form's fields are written
 * into it, so saving never erases what the form does not show; every change carries the profile's ETag.
 */
@Controller
@RequestMapping("/profile/{section}")
class EntryController {

    private final GatewayApi api;
    private final UserSession session;
    private final JsonMapper json;

    EntryController(GatewayApi api, UserSession session, JsonMapper json) {
        this.api = api;
        this.session = session;
        this.json = json;
    }

    @GetMapping("/new")
    String add(@PathVariable String section, HttpServletRequest request, Model model) {
        Form form = form(section);
        ApiResponse list = session.send(request, api.call(HttpMethod.GET, "/api/v1/profile/" + form.path()));
        return show(model, form, "", new FormValues(EntryForms.values(form, null), list.etag()), FormErrors.none());
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String section, @PathVariable UUID id, HttpServletRequest request, Model model) {
        Form form = form(section);
        ApiResponse entry = session.send(request, api.call(HttpMethod.GET, entryPath(form, id)));
        return show(model, form, id.toString(), new FormValues(EntryForms.values(form, entry.body()), entry.etag()),
                FormErrors.none());
    }

    @PostMapping({"", "/{id}"})
    String save(@PathVariable String section, @PathVariable(required = false) UUID id,
            @RequestParam MultiValueMap<String, String> submitted, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        Form form = form(section);
        Map<String, String> values = EntryForms.submitted(form, submitted);
        String etag = submitted.getFirst("etag");
        FormErrors errors;
        try {
            ObjectNode entry = id == null ? json.createObjectNode()
                    : (ObjectNode) session.send(request, api.call(HttpMethod.GET, entryPath(form, id))).body()
                            .deepCopy();
            EntryForms.apply(form, values, entry);
            if (id == null) {
                session.send(request, api.call(HttpMethod.POST, "/api/v1/profile/" + form.path()).ifMatch(etag)
                        .body(entry));
            }
            else {
                session.send(request, api.call(HttpMethod.PUT, entryPath(form, id)).ifMatch(etag).body(entry));
            }
            redirect.addFlashAttribute("notice", "notice.entry-saved");
            return "redirect:/profile#" + form.path();
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 404) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            errors = byInput(FormErrors.of(refused.problem(), page));
            etag = ProfileController.newerVersion(refused, etag);
        }
        return show(model, form, id == null ? "" : id.toString(), new FormValues(values, etag), errors);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String section, @PathVariable UUID id, @RequestParam(defaultValue = "") String etag,
            HttpServletRequest request, HttpServletResponse response) {
        Form form = form(section);
        String notice = "notice.entry-deleted";
        try {
            session.send(request, api.call(HttpMethod.DELETE, entryPath(form, id)).ifMatch(etag));
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() != 412 && refused.problem().status() != 404) {
                throw refused;
            }
            notice = "notice.profile-changed";
        }
        if (Htmx.asked(request)) {
            // After htmx's confirmation dialog. No "#section": from /profile that would only scroll, not reload.
            Htmx.redirect(request, response, "/profile", notice);
            return null;
        }
        RequestContextUtils.getOutputFlashMap(request).put("notice", notice);
        return "redirect:/profile#" + form.path();
    }

    private static String show(Model model, Form form, String entryId, FormValues values, FormErrors errors) {
        model.addAttribute("section", form);
        model.addAttribute("entryId", entryId);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        return "profile/entry";
    }

    /** The API names an item of a list ({@code keywords[1]}); the form has one input for the whole list. */
    private static FormErrors byInput(FormErrors errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.fields().forEach((field, message) -> fields.putIfAbsent(EntryForms.inputOf(field), message));
        return new FormErrors(fields, errors.message());
    }

    private static Form form(String section) {
        return EntryForms.named(section).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String entryPath(Form form, UUID id) {
        return "/api/v1/profile/" + form.path() + "/" + id;
    }
}
