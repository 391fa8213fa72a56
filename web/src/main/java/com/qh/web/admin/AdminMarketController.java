package com.qh.web.admin;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.FileParts;
import com.qh.web.api.GatewayApi;
import com.qh.web.api.JsonPaths;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * The market store for administrators: import a file of vacancies (hh.ru JSON or CSV, as the vacancy service reads
 * them), run the hh.ru sync now, and every run that filled the store ({@code GET /api/v1/market/imports}) with
 * what it did, the records it skipped and why, and why a run broke off. A run just made is the first row, so it is
 * its own report.
 */
@Controller
@RequestMapping("/admin/market")
class AdminMarketController {

    static final int PAGE_SIZE = 20;

    private final GatewayApi api;
    private final UserSession session;
    private final UserAddresses addresses;

    AdminMarketController(GatewayApi api, UserSession session, UserAddresses addresses) {
        this.api = api;
        this.session = session;
        this.addresses = addresses;
    }

    @GetMapping
    String runs(@RequestParam(defaultValue = "0") int page, HttpServletRequest request,
            @ModelAttribute(name = "page", binding = false) Page view, Model model) {
        return show(request, Math.max(page, 0), view, model, FormErrors.none());
    }

    @PostMapping("/import")
    String importFile(@RequestParam(required = false) MultipartFile file, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page view, Model model,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            return show(request, 0, view, model, FormErrors.message(view.t("admin.market.no-file"))
                    .with("file", view.t("admin.market.choose")));
        }
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", FileParts.of(file));
        try {
            session.send(request, api.call(HttpMethod.POST, "/api/v1/market/import").multipart(parts));
            redirect.addFlashAttribute("notice", "notice.market-imported");
            return "redirect:/admin/market";
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() >= 500 || refused.problem().status() == 403) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            FormErrors errors = FormErrors.of(refused.problem(), view);
            return show(request, 0, view, model, errors.message() == null
                    ? new FormErrors(errors.fields(), view.t("form.fix-below")) : errors);
        }
    }

    /** Starts a sync; the vacancy service runs it in the background, one at a time. */
    @PostMapping("/sync")
    String sync(HttpServletRequest request, RedirectAttributes redirect) {
        try {
            session.send(request, api.call(HttpMethod.POST, "/api/v1/market/sync"));
            redirect.addFlashAttribute("notice", "notice.market-sync-started");
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() != 409) {
                throw refused;
            }
            redirect.addFlashAttribute("notice", "notice.market-sync-running");
        }
        return "redirect:/admin/market";
    }

    private String show(HttpServletRequest request, int pageNumber, Page view, Model model, FormErrors errors) {
        JsonNode answer = session.send(request, api.call(HttpMethod.GET,
                "/api/v1/market/imports?page=" + pageNumber + "&size=" + PAGE_SIZE)).body();
        UserAddresses.Lookup actors = addresses.forPage(request);
        List<MarketRunRow> rows = new ArrayList<>();
        answer.path("items").forEach(run -> rows.add(row(run, view, actors)));
        long total = answer.path("total").asLong(rows.size());
        JsonNode running = answer.path("syncRunning");
        Instant since = JsonPaths.instant(running.path("since"));
        model.addAttribute("syncRunning", since == null ? "" : view.t("admin.market.sync-running", view.dateTime(since),
                running.path("actor").isString() ? actors.addressOf(running.path("actor").asString())
                        : view.t("admin.market.scheduled")));
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("errors", errors);
        return "admin/market";
    }

    static MarketRunRow row(JsonNode run, Page view, UserAddresses.Lookup actors) {
        String origin = run.path("origin").asString("");
        Instant started = JsonPaths.instant(run.path("startedAt"));
        Instant finished = JsonPaths.instant(run.path("finishedAt"));
        List<String> problems = new ArrayList<>();
        run.path("problems").forEach(problem -> problems.add(problem.asString("")));
        String actor = run.path("actor").asString("");
        return new MarketRunRow(started == null ? "" : view.dateTime(started),
                view.tOr("admin.market.origin." + origin, origin), run.path("source").asString(""),
                actor.isEmpty() ? view.t("admin.market.scheduled") : actors.addressOf(actor),
                started == null || finished == null ? "" : took(Duration.between(started, finished), view),
                number(run.path("read").asLong(), view), number(run.path("added").asLong(), view),
                number(run.path("updated").asLong(), view), run.path("skipped").asLong(),
                number(run.path("skipped").asLong(), view), problems, run.path("failure").asString(""));
    }

    private static String took(Duration duration, Page view) {
        long seconds = Math.max(duration.toSeconds(), 0);
        if (seconds < 1) {
            return view.t("admin.market.under-a-second");
        }
        return seconds < 60 ? view.t("admin.market.seconds", seconds)
                : view.t("admin.market.minutes", seconds / 60, seconds % 60);
    }

    private static String number(long value, Page view) {
        return view.number(BigDecimal.valueOf(value));
    }
}
