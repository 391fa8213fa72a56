package com.qh.web.salary;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.FormValues;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The salary estimate: for one's profile when the page is opened, for the title, city and experience of the form
 * when it is sent. The form is a GET (asking changes nothing, and an estimate can be bookmarked); the web app asks
 * the API with its POST, carrying the profile's desired salary so that it is marked on the chart there too.
 */
@Controller
@RequestMapping("/salary")
class SalaryController {

    /** hh.ru's experience ids, which the API takes. */
    static final List<String> EXPERIENCE = List.of("noExperience", "between1And3", "between3And6", "moreThan6");

    private final GatewayApi api;
    private final UserSession session;

    SalaryController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    @GetMapping
    String salary(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "") String experience, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("title", title.strip());
        typed.put("city", city.strip());
        typed.put("experience", EXPERIENCE.contains(experience) ? experience : "");
        boolean mine = typed.get("title").isEmpty();
        FormErrors errors = FormErrors.none();
        model.addAttribute("estimate", null);
        model.addAttribute("unavailable", null);
        model.addAttribute("toProfile", false);
        try {
            JsonNode answer = mine
                    ? session.send(request, api.call(HttpMethod.GET, "/api/v1/analysis/salary/me")).body()
                    : session.send(request, api.call(HttpMethod.POST, "/api/v1/analysis/salary")
                            .body(query(typed, request))).body();
            model.addAttribute("estimate", SalaryViews.estimate(answer, page));
        }
        catch (ApiProblemException refused) {
            int status = refused.problem().status();
            if (refused.problem().is("salary-model-not-ready")) {
                response.setStatus(503);
                model.addAttribute("unavailable", page.t("salary.preparing"));
            }
            else if (status >= 500) {
                throw refused;
            }
            else if (!refused.problem().fieldErrors().isEmpty()) {
                response.setStatus(status);
                errors = FormErrors.of(refused.problem(), page);
            }
            else {
                // No profile, no title in it, no market yet: said in place of the figures, with where to fix it.
                response.setStatus(status);
                model.addAttribute("unavailable", FormErrors.of(refused.problem(), page).message());
                model.addAttribute("toProfile", mine);
            }
        }
        model.addAttribute("mine", mine);
        model.addAttribute("form", new FormValues(typed, null));
        model.addAttribute("errors", errors);
        model.addAttribute("experiences", EXPERIENCE);
        return "salary/salary";
    }

    /** The form as the API takes it, with the profile's desired salary when it has one. */
    private Map<String, Object> query(Map<String, String> typed, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", typed.get("title"));
        if (!typed.get("city").isEmpty()) {
            body.put("city", typed.get("city"));
        }
        if (!typed.get("experience").isEmpty()) {
            body.put("experience", typed.get("experience"));
        }
        desired(request).ifPresent(salary -> body.put("desiredSalary", salary));
        return body;
    }

    /** The profile's desired salary as the estimate takes it; none when it has none or cannot be read now. */
    private Optional<Map<String, Object>> desired(HttpServletRequest request) {
        try {
            JsonNode salary = session.send(request, api.call(HttpMethod.GET, "/api/v1/profile/personal")).body()
                    .path("desiredSalary");
            if (!salary.path("amount").isNumber() || salary.path("amount").asLong() <= 0) {
                return Optional.empty();
            }
            Map<String, Object> wanted = new LinkedHashMap<>();
            wanted.put("amount", salary.path("amount").asLong());
            String currency = salary.path("currency").asString("");
            if (currency.matches("[A-Za-z]{3}")) {
                wanted.put("currency", currency);
            }
            return Optional.of(wanted);
        }
        catch (ApiProblemException unreadable) {
            // The estimate stands without the mark; a profile that cannot be read now is no reason to refuse it.
            return Optional.empty();
        }
    }
}
