package com.qh.web.profile;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.api.JsonPaths;
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
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The profile overview and its editors. Forms edit some members of a section; the others (links, citizenship,
 * anything a later version of the API adds) are read first and sent back untouched, so saving a form never erases
 * what it does not show.
 */
@Controller
@RequestMapping("/profile")
class ProfileController {

    static final List<String> PERSONAL = List.of("firstName.ru", "firstName.en", "lastName.ru", "lastName.en",
            "headline.ru", "headline.en", "contacts.email", "contacts.phone", "location.city.ru", "location.city.en",
            "location.workFormat", "desiredPosition.ru", "desiredPosition.en", "desiredSalary.amount",
            "desiredSalary.currency");

    static final List<String> EXPERIENCE = List.of("position.ru", "position.en", "employer.ru", "employer.en",
            "location.ru", "location.en", "url", "startDate", "endDate", "description.ru", "description.en");

    private final GatewayApi api;
    private final UserSession session;
    private final JsonMapper json;

    ProfileController(GatewayApi api, UserSession session, JsonMapper json) {
        this.api = api;
        this.session = session;
        this.json = json;
    }

    @GetMapping
    String overview(HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        ApiResponse profile = session.send(request, api.call(HttpMethod.GET, "/api/v1/profile"));
        JsonNode completeness = session.send(request, api.call(HttpMethod.GET, "/api/v1/profile/completeness"))
                .body();
        model.addAttribute("profile", ProfileOverview.of(profile.body(), profile.etag(), completeness, page));
        return "profile/overview";
    }

    // --- personal ---------------------------------------------------------------------------------------------

    @GetMapping("/personal")
    String personalForm(HttpServletRequest request, Model model) {
        ApiResponse personal = session.send(request, api.call(HttpMethod.GET, "/api/v1/profile/personal"));
        Map<String, String> values = new LinkedHashMap<>();
        PERSONAL.forEach(name -> values.put(name, JsonPaths.text(personal.body(), name)));
        model.addAttribute("form", new FormValues(values, personal.etag()));
        model.addAttribute("errors", FormErrors.none());
        return "profile/personal";
    }

    @PostMapping("/personal")
    String savePersonal(@RequestParam MultiValueMap<String, String> submitted, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        Map<String, String> values = pick(submitted, PERSONAL);
        String etag = submitted.getFirst("etag");
        values.put("desiredSalary.amount", values.get("desiredSalary.amount").replaceAll("[\\s\u00a0]", ""));
        FormErrors errors = FormErrors.none();
        if (!values.get("desiredSalary.amount").matches("\\d*")) {
            errors = new FormErrors(Map.of("desiredSalary.amount", page.t("form.whole-number")),
                    page.t("form.fix-below"));
        }
        if (!errors.any()) {
            try {
                ObjectNode personal = (ObjectNode) session.send(request,
                        api.call(HttpMethod.GET, "/api/v1/profile/personal")).body().deepCopy();
                values.forEach((name, value) -> JsonPaths.set(personal, name, value));
                if (!values.get("desiredSalary.amount").isEmpty()) {
                    JsonPaths.set(personal, "desiredSalary.currency",
                            values.get("desiredSalary.currency").isBlank() ? "RUB" : values.get("desiredSalary.currency"));
                    ((ObjectNode) personal.get("desiredSalary")).put("amount",
                            Long.parseLong(values.get("desiredSalary.amount")));
                }
                session.send(request, api.call(HttpMethod.PUT, "/api/v1/profile/personal").ifMatch(etag)
                        .body(personal));
                redirect.addFlashAttribute("notice", "notice.profile-saved");
                return "redirect:/profile";
            }
            catch (ApiProblemException refused) {
                response.setStatus(refused.problem().status());
                errors = FormErrors.of(refused.problem(), page);
                etag = newerVersion(refused, etag);
            }
        }
        else {
            response.setStatus(400);
        }
        model.addAttribute("form", new FormValues(values, etag));
        model.addAttribute("errors", errors);
        return "profile/personal";
    }

    // --- experience -------------------------------------------------------------------------------------------

    @GetMapping("/experience/new")
    String newExperience(HttpServletRequest request, Model model) {
        ApiResponse list = session.send(request, api.call(HttpMethod.GET, "/api/v1/profile/experience"));
        model.addAttribute("form", new FormValues(Map.of(), list.etag()));
        model.addAttribute("entryId", "");
        model.addAttribute("errors", FormErrors.none());
        return "profile/experience";
    }

    @GetMapping("/experience/{id}/edit")
    String editExperience(@PathVariable UUID id, HttpServletRequest request, Model model) {
        ApiResponse entry = session.send(request, api.call(HttpMethod.GET, "/api/v1/profile/experience/" + id));
        Map<String, String> values = new LinkedHashMap<>();
        EXPERIENCE.forEach(name -> values.put(name, JsonPaths.text(entry.body(), name)));
        values.put("current", String.valueOf(entry.body().path("current").asBoolean(false)));
        for (String lang : List.of("ru", "en")) {
            List<String> lines = new ArrayList<>();
            entry.body().path("highlights").forEach(line -> lines.add(line.path(lang).asString("")));
            values.put("highlights." + lang, String.join("\n", lines).strip());
        }
        model.addAttribute("form", new FormValues(values, entry.etag()));
        model.addAttribute("entryId", id.toString());
        model.addAttribute("errors", FormErrors.none());
        return "profile/experience";
    }

    @PostMapping({"/experience", "/experience/{id}"})
    String saveExperience(@PathVariable(required = false) UUID id,
            @RequestParam MultiValueMap<String, String> submitted, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        Map<String, String> values = pick(submitted, EXPERIENCE);
        values.put("current", String.valueOf(submitted.containsKey("current")));
        values.put("highlights.ru", submitted.getOrDefault("highlights.ru", List.of("")).getFirst());
        values.put("highlights.en", submitted.getOrDefault("highlights.en", List.of("")).getFirst());
        String etag = submitted.getFirst("etag");
        FormErrors errors;
        try {
            ObjectNode entry = id == null ? json.createObjectNode()
                    : (ObjectNode) session.send(request,
                            api.call(HttpMethod.GET, "/api/v1/profile/experience/" + id)).body().deepCopy();
            EXPERIENCE.forEach(name -> JsonPaths.set(entry, name, values.get(name)));
            boolean current = Boolean.parseBoolean(values.get("current"));
            entry.put("current", current);
            if (current) {
                entry.remove("endDate");
            }
            entry.set("highlights", highlights(values.get("highlights.ru"), values.get("highlights.en")));
            if (id == null) {
                session.send(request, api.call(HttpMethod.POST, "/api/v1/profile/experience").ifMatch(etag)
                        .body(entry));
            }
            else {
                session.send(request, api.call(HttpMethod.PUT, "/api/v1/profile/experience/" + id).ifMatch(etag)
                        .body(entry));
            }
            redirect.addFlashAttribute("notice", "notice.experience-saved");
            return "redirect:/profile#experience";
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 404) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            errors = FormErrors.of(refused.problem(), page);
            etag = newerVersion(refused, etag);
        }
        model.addAttribute("form", new FormValues(values, etag));
        model.addAttribute("entryId", id == null ? "" : id.toString());
        model.addAttribute("errors", errors);
        return "profile/experience";
    }

    @PostMapping("/experience/{id}/delete")
    String deleteExperience(@PathVariable UUID id, @RequestParam(defaultValue = "") String etag,
            HttpServletRequest request, HttpServletResponse response) {
        String notice = "notice.experience-deleted";
        try {
            session.send(request, api.call(HttpMethod.DELETE, "/api/v1/profile/experience/" + id).ifMatch(etag));
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() != 412 && refused.problem().status() != 404) {
                throw refused;
            }
            notice = "notice.profile-changed";
        }
        if (Htmx.asked(request)) {
            // After htmx's confirmation dialog. No "#experience": from /profile that would only scroll, not reload.
            Htmx.redirect(request, response, "/profile", notice);
            return null;
        }
        RequestContextUtils.getOutputFlashMap(request).put("notice", notice);
        return "redirect:/profile#experience";
    }

    private ArrayNode highlights(String ru, String en) {
        List<String> ruLines = ru == null ? List.of() : ru.lines().map(String::strip).toList();
        List<String> enLines = en == null ? List.of() : en.lines().map(String::strip).toList();
        ArrayNode lines = json.createArrayNode();
        for (int i = 0; i < Math.max(ruLines.size(), enLines.size()); i++) {
            String r = i < ruLines.size() ? ruLines.get(i) : "";
            String e = i < enLines.size() ? enLines.get(i) : "";
            if (r.isEmpty() && e.isEmpty()) {
                continue;
            }
            ObjectNode line = lines.addObject();
            if (!r.isEmpty()) {
                line.put("ru", r);
            }
            if (!e.isEmpty()) {
                line.put("en", e);
            }
        }
        return lines;
    }

    /** After a 412 the form shows what was typed and carries the current version: saving again overwrites. */
    private static String newerVersion(ApiProblemException refused, String etag) {
        String current = refused.problem().property("currentETag");
        return refused.problem().status() == 412 && current != null ? current : etag;
    }

    private static Map<String, String> pick(MultiValueMap<String, String> submitted, List<String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        names.forEach(name -> values.put(name, submitted.getOrDefault(name, List.of("")).getFirst()));
        return values;
    }
}
