package com.qh.web.profile;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.api.JsonPaths;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.FormValues;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The profile overview and the editors of its personal details and summary (the list sections' entries are
 * {@link EntryController}'s). Forms edit some members of a section; the others (links, citizenship, anything a later
 * version of the API adds) are read first and sent back untouched, so saving a form never erases what it does not
 * show.
 */
@Controller
@RequestMapping("/profile")
class ProfileController {

    static final List<String> PERSONAL = List.of("firstName.ru", "firstName.en", "lastName.ru", "lastName.en",
            "headline.ru", "headline.en", "contacts.email", "contacts.phone", "location.city.ru", "location.city.en",
            "location.workFormat", "desiredPosition.ru", "desiredPosition.en", "desiredSalary.amount",
            "desiredSalary.currency");

    static final List<String> SUMMARY = List.of("primaryLanguage", "summary.ru", "summary.en");

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

    // --- summary ----------------------------------------------------------------------------------------------

    @GetMapping("/summary")
    String summaryForm(HttpServletRequest request, Model model) {
        ApiResponse summary = session.send(request, api.call(HttpMethod.GET, "/api/v1/profile/summary"));
        Map<String, String> values = new LinkedHashMap<>();
        SUMMARY.forEach(name -> values.put(name, JsonPaths.text(summary.body(), name)));
        model.addAttribute("form", new FormValues(values, summary.etag()));
        model.addAttribute("errors", FormErrors.none());
        return "profile/summary";
    }

    @PostMapping("/summary")
    String saveSummary(@RequestParam MultiValueMap<String, String> submitted, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        Map<String, String> values = pick(submitted, SUMMARY);
        String etag = submitted.getFirst("etag");
        ObjectNode summary = json.createObjectNode();
        values.forEach((name, value) -> JsonPaths.set(summary, name, value));
        if (!summary.has("primaryLanguage")) {
            summary.put("primaryLanguage", page.lang());
        }
        try {
            session.send(request, api.call(HttpMethod.PUT, "/api/v1/profile/summary").ifMatch(etag).body(summary));
            redirect.addFlashAttribute("notice", "notice.profile-saved");
            return "redirect:/profile#summary";
        }
        catch (ApiProblemException refused) {
            response.setStatus(refused.problem().status());
            model.addAttribute("form", new FormValues(values, newerVersion(refused, etag)));
            model.addAttribute("errors", FormErrors.of(refused.problem(), page));
            return "profile/summary";
        }
    }

    /** After a 412 the form shows what was typed and carries the current version: saving again overwrites. */
    static String newerVersion(ApiProblemException refused, String etag) {
        String current = refused.problem().property("currentETag");
        return refused.problem().status() == 412 && current != null ? current : etag;
    }

    private static Map<String, String> pick(MultiValueMap<String, String> submitted, List<String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        names.forEach(name -> values.put(name, submitted.getOrDefault(name, List.of("")).getFirst()));
        return values;
    }
}
