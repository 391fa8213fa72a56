package com.qh.web.insights;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The insights dashboard. Every figure comes from what the services already keep, so opening it costs a bounded
 * number of calls: the tracker histories of the {@value #APPLICATIONS} applications changed last (the vacancy service
 * has no summary of them), the analysis service's kept matches ({@value #MATCHES} newest) and one ranking of saved
 * and market vacancies (its full matches are bounded by the service), the skills the {@value #NEAREST_MARKET} market
 * vacancies nearest the profile ask for that it lacks, and the salary estimate for the profile. A
 * part that cannot be had says why in its place; the rest of the page stands.
 */
@Controller
@RequestMapping("/insights")
class InsightsController {

    static final int APPLICATIONS = 30;
    static final int MATCHES = 100;
    static final int WEEKS = 12;
    /**
     * How many market vacancies nearest the profile the missing skills are counted in: about as many as the saved
     * ones read at most, so that both counts stand on one scale.
     */
    static final int NEAREST_MARKET = 50;

    private final GatewayApi api;
    private final UserSession session;
    private final Clock clock = Clock.systemDefaultZone();

    InsightsController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    @GetMapping
    String insights(HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page,
            Model model) {
        Part<Insights.Funnel> funnel = part(page, () -> {
            List<JsonNode> applications = new ArrayList<>();
            for (JsonNode item : get(request, "/api/v1/vacancies?size=" + APPLICATIONS).path("items")) {
                try {
                    applications.add(get(request, "/api/v1/vacancies/" + item.path("id").asString("")));
                }
                catch (ApiProblemException gone) {
                    if (gone.problem().status() != 404) {
                        throw gone;
                    }
                }
            }
            return Insights.funnel(applications, LocalDate.now(clock), WEEKS);
        });
        Part<JsonNode> matches = part(page, () -> get(request, "/api/v1/analysis/matches?limit=" + MATCHES));
        Part<JsonNode> ranked = part(page, () -> get(request,
                "/api/v1/analysis/recommended-vacancies?limit=" + APPLICATIONS));
        JsonNode keptMatches = matches.value() == null ? JsonNodeFactory.instance.arrayNode() : matches.value();
        JsonNode ranking = ranked.value() == null ? JsonNodeFactory.instance.objectNode() : ranked.value();
        String analysisRefusal = matches.refusal() != null ? matches.refusal() : ranked.refusal();
        List<Insights.Score> scores = Insights.scores(keptMatches, ranking, 20);
        Part<JsonNode> market = part(page, () -> get(request, "/api/v1/analysis/market/skill-gaps?vacancies="
                + NEAREST_MARKET + "&limit=20"));
        List<Insights.Gap> gaps = Insights.gaps(keptMatches, ranking,
                market.value() == null ? JsonNodeFactory.instance.objectNode() : market.value(), 12);
        Part<Insights.Spread> spread = part(page, () -> Insights.spread(get(request, "/api/v1/analysis/salary/me")));

        model.addAttribute("funnel", funnel.value());
        model.addAttribute("funnelRefusal", funnel.refusal());
        model.addAttribute("funnelChart", funnel.value() == null ? "" : funnelChart(funnel.value(), page));
        model.addAttribute("scores", scores);
        model.addAttribute("scoresChart", scoresChart(scores, page));
        model.addAttribute("gaps", gaps);
        model.addAttribute("gapsChart", gapsChart(gaps, page));
        model.addAttribute("nearestMarket", NEAREST_MARKET);
        model.addAttribute("analysisRefusal", scores.isEmpty() && gaps.isEmpty() ? analysisRefusal : null);
        model.addAttribute("spread", spread.value());
        model.addAttribute("spreadRefusal", spread.refusal());
        model.addAttribute("spreadChart", spread.value() == null ? "" : spreadChart(spread.value(), page));
        return "insights/insights";
    }

    private JsonNode get(HttpServletRequest request, String path) {
        return session.send(request, api.call(HttpMethod.GET, path)).body();
    }

    /** What one part of the page could be had, or why not in the page's language. */
    record Part<T>(T value, String refusal) {
    }

    private static <T> Part<T> part(Page page, Supplier<T> read) {
        try {
            return new Part<>(read.get(), null);
        }
        catch (ApiProblemException refused) {
            if (refused.problem().is("salary-model-not-ready")) {
                return new Part<>(null, page.t("salary.preparing"));
            }
            if (refused.problem().status() >= 500) {
                return new Part<>(null, page.t("insights.unavailable"));
            }
            return new Part<>(null, FormErrors.of(refused.problem(), page).message());
        }
    }

    /** Steps per week, one stacked series per status. */
    static String funnelChart(Insights.Funnel funnel, Page page) {
        ObjectNode chart = chart("stacked", page.t("insights.funnel.axis"));
        ArrayNode categories = chart.putArray("categories");
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM", page.locale());
        funnel.weeks().forEach(week -> categories.add(day.format(week)));
        ArrayNode series = chart.putArray("series");
        funnel.counts().forEach((status, counts) -> {
            ObjectNode one = series.addObject().put("name", page.t("status." + status)).put("key", status);
            ArrayNode data = one.putArray("data");
            counts.forEach(data::add);
        });
        return chart.toString();
    }

    static String scoresChart(List<Insights.Score> scores, Page page) {
        ObjectNode chart = chart("bars", page.t("insights.scores.axis")).put("max", 100);
        ArrayNode categories = chart.putArray("categories");
        ArrayNode data = chart.putArray("series").addObject().put("name", page.t("insights.scores.score"))
                .put("key", "score").putArray("data");
        scores.forEach(score -> {
            categories.add(score.title());
            data.add(score.score());
        });
        return chart.toString();
    }

    static String gapsChart(List<Insights.Gap> gaps, Page page) {
        ObjectNode chart = chart("bars-stacked", page.t("insights.gaps.axis"));
        ArrayNode categories = chart.putArray("categories");
        ArrayNode series = chart.putArray("series");
        ArrayNode saved = series.addObject().put("name", page.t("insights.gaps.saved")).put("key", "saved")
                .putArray("data");
        ArrayNode market = series.addObject().put("name", page.t("insights.gaps.market")).put("key", "market")
                .putArray("data");
        gaps.forEach(gap -> {
            categories.add(gap.skill());
            saved.add(gap.saved());
            market.add(gap.market());
        });
        return chart.toString();
    }

    static String spreadChart(Insights.Spread spread, Page page) {
        ObjectNode chart = chart("percentiles", spread.currency());
        ArrayNode categories = chart.putArray("categories");
        for (String name : List.of("p10", "p25", "median", "p75", "p90")) {
            categories.add(page.t("insights.salary.short." + name));
        }
        ArrayNode data = chart.putArray("series").addObject().put("name", page.t("insights.salary.offers"))
                .put("key", "salary").putArray("data");
        spread.percentiles().forEach(data::add);
        if (spread.expectation() != null) {
            chart.putObject("mark").put("name", page.t("insights.salary.yours")).put("value", spread.expectation());
        }
        return chart.toString();
    }

    private static ObjectNode chart(String kind, String axis) {
        return JsonNodeFactory.instance.objectNode().put("kind", kind).put("axis", axis);
    }
}
