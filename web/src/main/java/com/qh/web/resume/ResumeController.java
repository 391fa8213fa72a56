package com.qh.web.resume;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Htmx;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The resume builder over the resume API. The form holds the whole design the person sees; each change asks the
 * API for a PNG of the unsaved design (htmx swaps the preview alone), and Save writes it as a new version with the
 * version the person was looking at ({@code If-Match}). Members the form does not show (entry order, the headline,
 * the tailoring) are taken from the resume as stored, so a save never erases them.
 */
@Controller
@RequestMapping("/resumes")
class ResumeController {

    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9-]{1,40}");
    private static final List<String> FORMATS = List.of("pdf", "docx", "md");

    private final GatewayApi api;
    private final UserSession session;
    private final StoredResumes lastRead;

    ResumeController(GatewayApi api, UserSession session, StoredResumes lastRead) {
        this.api = api;
        this.session = session;
        this.lastRead = lastRead;
    }

    @GetMapping
    String list(HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        return listPage(request, page, model, FormErrors.none(), "", page.lang(), "");
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String template, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title.strip());
        body.put("language", language);
        body.put("template", template);
        try {
            ApiResponse created = session.send(request, api.call(HttpMethod.POST, "/api/v1/resumes").body(body));
            redirect.addFlashAttribute("notice", "notice.resume-created");
            return "redirect:/resumes/" + created.body().path("id").asString("");
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            return listPage(request, page, model, FormErrors.of(refused.problem(), page), title, language, template);
        }
    }

    @GetMapping("/{id}")
    String builder(@PathVariable UUID id, HttpServletRequest request,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        ApiResponse resume = read(request, id);
        return builderPage(request, id, resume, resume.body().path("design"), resume.etag(), FormErrors.none(), null,
                null, page, model);
    }

    /** Save: the design as a new version, with the version the form was made from. */
    @PostMapping("/{id}")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        ApiResponse stored = read(request, id);
        Map<String, String> invalid = new LinkedHashMap<>();
        ObjectNode design = design(stored.body().path("design"), form, invalid, page);
        String etag = form.getFirst("etag");
        if (!invalid.isEmpty()) {
            response.setStatus(400);
            return builderPage(request, id, stored, design, etag, new FormErrors(invalid, null), null, null, page,
                    model);
        }
        try {
            session.send(request, api.call(HttpMethod.PUT, "/api/v1/resumes/" + id).ifMatch(etag).body(design));
            redirect.addFlashAttribute("notice", "notice.resume-saved");
            return "redirect:/resumes/" + id;
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 404 || refused.problem().status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            FormErrors errors = refused.problem().status() == 412
                    ? FormErrors.message(page.t("resume.changed"))
                    : FormErrors.of(refused.problem(), page);
            model.addAttribute("stale", refused.problem().status() == 412);
            return builderPage(request, id, stored, design, etag, errors, null, null, page, model);
        }
    }

    /** The preview of the design in the form, not saved: htmx swaps it in after each change. */
    @PostMapping("/{id}/preview")
    String preview(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        // The version the form was made from, as read for the page: no read of the resume per change.
        ApiResponse saved = lastRead.at(session.require(request).email(), id, form.getFirst("etag"))
                .orElseGet(() -> read(request, id));
        Map<String, String> invalid = new LinkedHashMap<>();
        ObjectNode design = design(saved.body().path("design"), form, invalid, page);
        model.addAttribute("id", id.toString());
        model.addAttribute("version", saved.body().path("version").asInt(1));
        if (!invalid.isEmpty()) {
            model.addAttribute("refusal", String.join(" ", invalid.values()));
            return "resume/preview";
        }
        try {
            model.addAttribute("image", png(request, response, design));
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() >= 500) {
                model.addAttribute("refusal", page.t("resume.preview.unavailable"));
            }
            else {
                FormErrors errors = FormErrors.of(refused.problem(), page);
                List<String> said = new ArrayList<>(errors.fields().values());
                model.addAttribute("refusal", said.isEmpty() ? errors.message() : String.join(" ", said));
            }
        }
        return "resume/preview";
    }

    /** The saved design's preview, for the page as first shown (and without JavaScript). */
    @GetMapping("/{id}/preview.png")
    void savedPreview(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
        session.download(request, api.call(HttpMethod.GET, "/api/v1/resumes/" + id + "/preview?format=png"),
                response);
    }

    /** Moves a part up or down: the page again with the new order, not saved yet. */
    @PostMapping("/{id}/arrange")
    String arrange(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "") String move, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        ApiResponse stored = read(request, id);
        List<String> order = new ArrayList<>(form.getOrDefault("order", List.of()));
        String[] asked = move.split(":");
        if (asked.length == 4 && "entry".equals(asked[0]) && ResumeViews.PARTS.contains(asked[1])) {
            // An entry inside its part: entry:EXPERIENCE:{id}:up
            String key = ENTRY_ORDER + asked[1];
            form.put(key, swapped(form.getOrDefault(key, List.of()), asked[2], asked[3]));
        }
        else if (asked.length == 2) {
            order = swapped(order, asked[0], asked[1]);
        }
        form.put("order", order);
        Map<String, String> invalid = new LinkedHashMap<>();
        ObjectNode design = design(stored.body().path("design"), form, invalid, page);
        String image = null;
        if (invalid.isEmpty()) {
            try {
                image = png(request, response, design);
            }
            catch (ApiProblemException refused) {
                // The page still shows the new order; the preview says it could not be drawn.
                image = null;
            }
        }
        model.addAttribute("moved", move);
        return builderPage(request, id, stored, design, form.getFirst("etag"), new FormErrors(invalid, null), image,
                null, page, model);
    }

    /** {@code list} with {@code item} moved one place {@code up} or down, when it is there and can move. */
    private static List<String> swapped(List<String> list, String item, String direction) {
        List<String> moved = new ArrayList<>(list);
        int at = moved.indexOf(item);
        int to = "up".equals(direction) ? at - 1 : at + 1;
        if (at >= 0 && to >= 0 && to < moved.size()) {
            moved.set(at, moved.get(to));
            moved.set(to, item);
        }
        return moved;
    }

    @PostMapping("/{id}/tailor")
    String tailor(@PathVariable UUID id, @RequestParam(defaultValue = "") String vacancyId,
            @RequestParam(defaultValue = "false") boolean hideIrrelevant,
            @RequestParam(defaultValue = "") String targetTitle, @RequestParam(defaultValue = "") String etag,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        ApiResponse stored = read(request, id);
        if (vacancyId.isBlank()) {
            response.setStatus(400);
            return builderPage(request, id, stored, stored.body().path("design"), stored.etag(),
                    FormErrors.message(page.t("resume.tailor.pick")).with("vacancyId", page.t("resume.tailor.pick")),
                    null, null, page, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vacancyId", vacancyId);
        body.put("hideIrrelevant", hideIrrelevant);
        if (!targetTitle.isBlank()) {
            body.put("targetTitle", targetTitle.strip());
        }
        try {
            ApiResponse tailored = session.send(request, api.call(HttpMethod.POST, "/api/v1/resumes/" + id + "/tailor")
                    .ifMatch(etag.isBlank() ? null : etag).body(body));
            return builderPage(request, id, tailored, tailored.body().path("design"), tailored.etag(),
                    FormErrors.none(), null, ResumeViews.tailoring(tailored.body().path("tailoring"), page), page,
                    model);
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            FormErrors errors = refused.problem().status() == 412 ? FormErrors.message(page.t("resume.changed"))
                    : refused.problem().status() == 404
                            ? FormErrors.message(page.t("resume.tailor.no-vacancy")).with("vacancyId",
                                    page.t("resume.tailor.no-vacancy"))
                            : FormErrors.of(refused.problem(), page);
            model.addAttribute("stale", refused.problem().status() == 412);
            return builderPage(request, id, stored, stored.body().path("design"), stored.etag(), errors, null, null,
                    page, model);
        }
    }

    /** Renders the resume into one's documents, then downloads that version through the documents pages. */
    @PostMapping("/{id}/download")
    String download(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        String asked = FORMATS.contains(format) ? format : "pdf";
        try {
            JsonNode rendered = session.send(request, api.call(HttpMethod.POST,
                    "/api/v1/resumes/" + id + "/render?format=" + asked)).body();
            return "redirect:/documents/" + rendered.path("documentId").asString("") + "/versions/"
                    + rendered.path("version").asInt(1) + "/download";
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 404) {
                throw refused;
            }
            response.setStatus(refused.problem().status() >= 500 ? 503 : refused.problem().status());
            ApiResponse stored = read(request, id);
            FormErrors errors = refused.problem().status() >= 500
                    ? FormErrors.message(page.t("resume.download.unavailable"))
                    : FormErrors.of(refused.problem(), page);
            return builderPage(request, id, stored, stored.body().path("design"), stored.etag(), errors, null, null,
                    page, model);
        }
    }

    /** Makes an earlier version the current one, as the next version. */
    @PostMapping("/{id}/versions/{number}/restore")
    String restore(@PathVariable UUID id, @PathVariable int number, HttpServletRequest request,
            RedirectAttributes redirect) {
        JsonNode old = session.send(request, api.call(HttpMethod.GET, "/api/v1/resumes/" + id + "/versions/" + number))
                .body();
        ApiResponse current = read(request, id);
        session.send(request, api.call(HttpMethod.PUT, "/api/v1/resumes/" + id).ifMatch(current.etag())
                .body(old.path("design")));
        redirect.addFlashAttribute("notice", "notice.resume-restored");
        return "redirect:/resumes/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        session.send(request, api.call(HttpMethod.DELETE, "/api/v1/resumes/" + id));
        if (Htmx.asked(request)) {
            Htmx.redirect(request, response, "/resumes", "notice.resume-deleted");
            return null;
        }
        redirect.addFlashAttribute("notice", "notice.resume-deleted");
        return "redirect:/resumes";
    }

    /** A template's thumbnail, in the page's language. */
    @GetMapping("/templates/{template}/thumbnail.png")
    void thumbnail(@PathVariable String template, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page) {
        if (!TEMPLATE_ID.matcher(template).matches()) {
            response.setStatus(404);
            return;
        }
        session.download(request, api.call(HttpMethod.GET, "/api/v1/resumes/templates/" + template
                + "/thumbnail?language=" + page.lang()), response);
    }

    /** The profile, for the entries each part can show; without it the builder still arranges whole parts. */
    private JsonNode profile(HttpServletRequest request) {
        try {
            JsonNode profile = session.send(request, api.call(HttpMethod.GET, "/api/v1/profile")).body();
            return profile == null ? tools.jackson.databind.node.MissingNode.getInstance() : profile;
        }
        catch (ApiProblemException unreadable) {
            return tools.jackson.databind.node.MissingNode.getInstance();
        }
    }

    private ApiResponse read(HttpServletRequest request, UUID id) {
        ApiResponse resume = session.send(request, api.call(HttpMethod.GET, "/api/v1/resumes/" + id));
        lastRead.keep(session.require(request).email(), id, resume);
        return resume;
    }

    private String png(HttpServletRequest request, HttpServletResponse response, ObjectNode design) {
        CapturedFile file = new CapturedFile(response);
        session.download(request, api.call(HttpMethod.POST, "/api/v1/resumes/preview?format=png").body(design), file);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(file.bytes());
    }

    /**
     * The stored design with the form's values over it. Numbers the form cannot read are named in {@code invalid}
     * by their field, as the API would name them.
     */
    static ObjectNode design(JsonNode stored, MultiValueMap<String, String> form, Map<String, String> invalid,
            Page page) {
        ObjectNode design = stored.isObject() ? (ObjectNode) stored.deepCopy() : JsonNodeFactory.instance.objectNode();
        for (String name : List.of("title", "language", "template")) {
            String value = form.getFirst(name);
            if (value != null) {
                design.put(name, value.strip());
            }
        }
        ObjectNode look = design.get("appearance") instanceof ObjectNode existing ? existing
                : design.putObject("appearance");
        for (String name : List.of("fontFamily", "accent", "pageSize", "dateStyle")) {
            String value = form.getFirst("appearance." + name);
            if (value != null) {
                if (value.isBlank()) {
                    look.remove(name);
                }
                else {
                    look.put(name, value.strip());
                }
            }
        }
        for (String name : List.of("baseSize", "margin", "columns")) {
            String value = form.getFirst("appearance." + name);
            if (value == null) {
                continue;
            }
            if (value.isBlank()) {
                look.remove(name);
                continue;
            }
            try {
                double number = Double.parseDouble(value.strip().replace(',', '.'));
                if ("columns".equals(name)) {
                    look.put(name, (int) number);
                }
                else {
                    look.put(name, number);
                }
            }
            catch (NumberFormatException notANumber) {
                invalid.put("appearance." + name, page.t("resume.field.not-a-number"));
            }
        }
        if (form.containsKey("order")) {
            design.set("sections", sections(design.path("sections"), form.get("order"),
                    Set.copyOf(form.getOrDefault("shown", List.of())), form));
        }
        return design;
    }

    /** The form's inputs holding a part's entries in order ({@code entry-order-EXPERIENCE}). */
    static final String ENTRY_ORDER = "entry-order-";
    /** The form's switches of a part's entries that are shown ({@code entry-shown-EXPERIENCE}). */
    static final String ENTRY_SHOWN = "entry-shown-";
    private static final Pattern ENTRY_ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static ArrayNode sections(JsonNode stored, List<String> order, Set<String> shown,
            MultiValueMap<String, String> form) {
        Map<String, JsonNode> byPart = new LinkedHashMap<>();
        for (JsonNode section : stored) {
            byPart.put(section.path("part").asString(""), section);
        }
        Set<String> parts = new LinkedHashSet<>();
        order.stream().filter(ResumeViews.PARTS::contains).forEach(parts::add);
        parts.addAll(ResumeViews.PARTS);
        ArrayNode sections = JsonNodeFactory.instance.arrayNode();
        for (String part : parts) {
            ObjectNode section = byPart.get(part) instanceof ObjectNode existing ? existing.deepCopy()
                    : JsonNodeFactory.instance.objectNode().put("part", part);
            section.put("hidden", !shown.contains(part));
            if (form.containsKey(ENTRY_ORDER + part)) {
                // The form listed this part's entries: their order and switches replace the stored ones. The
                // resume service takes entry ids only, so anything else typed into the form is left out.
                List<String> entries = form.get(ENTRY_ORDER + part).stream()
                        .filter(entry -> ENTRY_ID.matcher(entry).matches()).distinct().toList();
                Set<String> entriesShown = Set.copyOf(form.getOrDefault(ENTRY_SHOWN + part, List.of()));
                ArrayNode entryOrder = section.putArray("order");
                ArrayNode hiddenEntries = section.putArray("hiddenEntries");
                entries.forEach(entryOrder::add);
                entries.stream().filter(entry -> !entriesShown.contains(entry)).forEach(hiddenEntries::add);
            }
            sections.add(section);
        }
        return sections;
    }

    private String listPage(HttpServletRequest request, Page page, Model model, FormErrors errors, String title,
            String language, String template) {
        model.addAttribute("resumes", ResumeViews.list(
                session.send(request, api.call(HttpMethod.GET, "/api/v1/resumes")).body(), page));
        model.addAttribute("templates", ResumeViews.templates(
                session.send(request, api.call(HttpMethod.GET, "/api/v1/resumes/templates")).body(), page));
        model.addAttribute("errors", errors);
        model.addAttribute("title", title);
        model.addAttribute("language", language.isEmpty() ? page.lang() : language);
        model.addAttribute("template", template);
        return "resume/list";
    }

    private String builderPage(HttpServletRequest request, UUID id, ApiResponse stored, JsonNode design, String etag,
            FormErrors errors, String image, ResumeViews.Tailoring tailoring, Page page, Model model) {
        int version = stored.body().path("version").asInt(1);
        model.addAttribute("id", id.toString());
        model.addAttribute("version", version);
        model.addAttribute("etag", etag == null ? "" : etag);
        model.addAttribute("form", ResumeViews.form(design, profile(request), page.lang()));
        model.addAttribute("errors", errors);
        model.addAttribute("image", image);
        model.addAttribute("tailoring", tailoring);
        model.addAttribute("templates", ResumeViews.templates(
                session.send(request, api.call(HttpMethod.GET, "/api/v1/resumes/templates")).body(), page));
        model.addAttribute("fonts", ResumeViews.fonts(
                session.send(request, api.call(HttpMethod.GET, "/api/v1/resumes/fonts")).body()));
        model.addAttribute("versions", ResumeViews.versions(
                session.send(request, api.call(HttpMethod.GET, "/api/v1/resumes/" + id + "/versions")).body(),
                version, page));
        model.addAttribute("vacancies", ResumeViews.vacancies(
                session.send(request, api.call(HttpMethod.GET, "/api/v1/vacancies?size=100")).body()));
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", false);
        }
        if (!model.containsAttribute("moved")) {
            model.addAttribute("moved", "");
        }
        return "resume/builder";
    }
}
