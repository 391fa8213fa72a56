package com.qh.web.vacancy;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Htmx;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.JsonNode;

/**
 * The application tracker as a board: one column per status, a card per saved vacancy. A card moves by drag and
 * drop ({@code js/board.js} with SortableJS sets the card's own form to the column it was dropped in and sends it
 * through htmx) or by that form directly (a select of the moves the service allows and a button, so the keyboard and
 * a browser without script move cards too). Every answer is the board as the vacancy service now holds it, so a
 * refused move puts the card back where it was, with the service's reason above the columns.
 */
@Controller
@RequestMapping("/vacancies/board")
class BoardController {

    /** The vacancy service's largest page; a board of more shows the 100 changed last and says so. */
    static final int LIMIT = 100;

    private final GatewayApi api;
    private final UserSession session;

    BoardController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    @GetMapping
    String board(HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        boardModel(request, page, model);
        model.addAttribute("errors", FormErrors.none());
        return "vacancy/board";
    }

    @PostMapping("/{id}")
    String move(@PathVariable UUID id, @RequestParam(defaultValue = "") String status, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = FormErrors.none();
        boolean htmx = Htmx.asked(request);
        try {
            session.send(request, api.call(HttpMethod.POST, "/api/v1/vacancies/" + id + "/tracker")
                    .body(Map.of("status", status)));
            if (!htmx) {
                redirect.addFlashAttribute("notice", "notice.tracker-moved");
                return "redirect:/vacancies/board";
            }
            model.addAttribute("moved", id.toString());
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 404 && !htmx) {
                throw refused;
            }
            errors = FormErrors.of(refused.problem(), page);
            // htmx swaps 4xx answers too (the page's htmx-config), but the board is the answer either way.
            response.setStatus(htmx ? 200 : refused.problem().status());
        }
        boardModel(request, page, model);
        model.addAttribute("errors", errors);
        return htmx ? "vacancy/board-columns" : "vacancy/board";
    }

    private void boardModel(HttpServletRequest request, Page page, Model model) {
        JsonNode answer = session.send(request, api.call(HttpMethod.GET,
                "/api/v1/vacancies?page=0&size=" + LIMIT)).body();
        Map<Status, List<VacancyViews.Row>> columns = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            columns.put(status, new ArrayList<>());
        }
        answer.path("items").forEach(item -> {
            VacancyViews.Row row = VacancyViews.row(item, page);
            columns.get(Status.of(row.status())).add(row);
        });
        long total = answer.path("total").asLong();
        List<BoardColumn> board = new ArrayList<>();
        columns.forEach((status, rows) -> board.add(new BoardColumn(status, rows)));
        model.addAttribute("columns", board);
        model.addAttribute("shown", Math.min(total, LIMIT));
        model.addAttribute("total", total);
    }
}
