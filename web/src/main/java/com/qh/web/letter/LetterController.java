package com.qh.web.letter;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Htmx;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cover letters over the letter API. The editor saves with the version it was opened at ({@code If-Match}): htmx
 * saves two seconds after typing stops and swaps in the save's status, the new version and the findings; Save
 * does the same as a whole page. A letter saved elsewhere in between (412) is never overwritten: the page says so
 * and links to the letter as it now is, keeping what was typed.
 */
@Controller
@RequestMapping("/letters")
class LetterController {

    private static final List<String> FORMATS = List.of("pdf", "docx", "txt");

    private final GatewayApi api;
    private final UserSession session;
    private final JsonMapper json;

    LetterController(GatewayApi api, UserSession session, JsonMapper json) {
        this.api = api;
        this.session = session;
        this.json = json;
    }

    @GetMapping
    String list(HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        model.addAttribute("letters", LetterViews.list(
                session.send(request, api.call(HttpMethod.GET, "/api/v1/letters")).body(), page));
        return "letter/list";
    }

    @GetMapping("/new")
    String draftForm(@RequestParam(defaultValue = "") String vacancyId, HttpServletRequest request,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        return draftPage(request, model, FormErrors.none(), vacancyId, "", "neutral", "standard");
    }

    @PostMapping
    String draft(@RequestParam(defaultValue = "") String vacancyId, @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "neutral") String tone, @RequestParam(defaultValue = "standard") String length,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        if (vacancyId.isBlank()) {
            response.setStatus(400);
            String pick = page.t("letter.pick-vacancy");
            return draftPage(request, model, FormErrors.message(pick).with("vacancyId", pick), vacancyId, language,
                    tone, length);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vacancyId", vacancyId);
        if (!language.isBlank()) {
            body.put("language", language);
        }
        body.put("tone", tone);
        body.put("length", length);
        try {
            ApiResponse drafted = session.send(request, api.call(HttpMethod.POST, "/api/v1/letters").body(body));
            redirect.addFlashAttribute("notice", "notice.letter-drafted");
            return "redirect:/letters/" + drafted.body().path("id").asString("");
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.problem().status());
            FormErrors errors = refused.problem().status() == 404
                    ? FormErrors.message(page.t("letter.no-vacancy")).with("vacancyId", page.t("letter.no-vacancy"))
                    : FormErrors.of(refused.problem(), page);
            return draftPage(request, model, errors, vacancyId, language, tone, length);
        }
    }

    /**
     * The draft streamed as it is written (feature of {@code js/letter-stream.js}; without script the form posts to
     * {@link #draft}): the letter API's {@code POST /api/v1/letters/drafts/stream} called with the person's token and
     * relayed as server-sent events — {@code text} as it comes, then {@code done} with the editor's address (the
     * draft is kept by then), or {@code error} with a message in the page's language. A refusal before the stream
     * (no vacancy, an empty profile, a spent AI budget) answers its status with no events: the script then posts
     * the form as usual, which shows the refusal beside its field.
     */
    @PostMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    void stream(@RequestParam(defaultValue = "") String vacancyId, @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "neutral") String tone, @RequestParam(defaultValue = "standard") String length,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page) {
        if (vacancyId.isBlank()) {
            response.setStatus(400);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vacancyId", vacancyId);
        if (!language.isBlank()) {
            body.put("language", language);
        }
        body.put("tone", tone);
        body.put("length", length);
        try {
            session.events(request, api.call(HttpMethod.POST, "/api/v1/letters/drafts/stream").body(body),
                    (event, data) -> relay(event, data, request, response, page));
        }
        catch (ApiProblemException refused) {
            if (!response.isCommitted()) {
                response.setStatus(refused.problem().status());
            }
        }
    }

    private void relay(String event, String data, HttpServletRequest request, HttpServletResponse response,
            Page page) {
        if (!response.isCommitted()) {
            response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Accel-Buffering", "no");
        }
        String out = switch (event) {
            case "text" -> data;
            case "done" -> {
                JsonNode done = json.readTree(data);
                JsonNode letter = done.path("letter");
                String editor = "/letters/" + letter.path("id").asString("");
                long removed = letter.at("/factCheck/warnings").valueStream()
                        .filter(warning -> warning.path("removed").asBoolean(false)).count();
                FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
                flash.put("notice", "notice.letter-drafted");
                RequestContextUtils.saveOutputFlashMap(editor, request, response);
                Map<String, Object> relayed = new LinkedHashMap<>();
                relayed.put("editor", editor);
                relayed.put("origin", done.path("origin").asString(""));
                relayed.put("removed", removed);
                yield json.writeValueAsString(relayed);
            }
            case "error" -> json.writeValueAsString(Map.of("message", page.t("letter.stream.failed")));
            default -> null;
        };
        if (out == null) {
            return;
        }
        try {
            response.getWriter().write("event: " + event + "\ndata: " + out + "\n\n");
            response.getWriter().flush();
        }
        catch (IOException gone) {
            throw new UncheckedIOException("The browser stopped reading the draft", gone);
        }
    }

    @GetMapping("/{id}")
    String editor(@PathVariable UUID id, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, HttpServletRequest request,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        ApiResponse letter = session.send(request, api.call(HttpMethod.GET, "/api/v1/letters/" + id));
        if (from != null && to != null) {
            model.addAttribute("diff", LetterViews.diff(session.send(request, api.call(HttpMethod.GET,
                    "/api/v1/letters/" + id + "/diff?from=" + from + "&to=" + to)).body()));
            model.addAttribute("from", from);
            model.addAttribute("to", to);
        }
        return editorPage(request, id, LetterViews.letter(letter.body(), page), letter.etag(), FormErrors.none(),
                false, page, model);
    }

    /** Save, by the button (a page) or by htmx after typing stops (the save's status and findings only). */
    @PostMapping("/{id}")
    String save(@PathVariable UUID id, @RequestParam(defaultValue = "") String etag,
            @RequestParam(defaultValue = "") String greeting, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String closing, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("greeting", greeting.strip());
        body.put("text", text.replace("\r\n", "\n").strip());
        body.put("closing", closing.strip());
        boolean htmx = Htmx.asked(request);
        try {
            ApiResponse saved = session.send(request, api.call(HttpMethod.PUT, "/api/v1/letters/" + id)
                    .ifMatch(etag).body(body));
            LetterViews.Letter letter = LetterViews.letter(saved.body(), page);
            model.addAttribute("saved", page.t("letter.saved", letter.version()));
            if (htmx) {
                return savedFragment(request, id, letter, saved.etag(), model);
            }
            return editorPage(request, id, letter, saved.etag(), FormErrors.none(), false, page, model);
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 404 || refused.problem().status() >= 500 && !htmx) {
                throw refused;
            }
            boolean stale = refused.problem().status() == 412;
            FormErrors errors = stale ? FormErrors.message(page.t("letter.changed"))
                    : refused.problem().status() >= 500 ? FormErrors.message(page.t("letter.save.unavailable"))
                    : FormErrors.of(refused.problem(), page);
            response.setStatus(refused.problem().status());
            if (htmx) {
                model.addAttribute("id", id.toString());
                model.addAttribute("errors", errors);
                model.addAttribute("stale", stale);
                return "letter/save-refused";
            }
            JsonNode current = session.send(request, api.call(HttpMethod.GET, "/api/v1/letters/" + id)).body();
            LetterViews.Letter shown = LetterViews.letter(current, page);
            LetterViews.Letter typed = new LetterViews.Letter(shown.id(), shown.vacancyId(), shown.title(),
                    shown.version(), greeting, text, closing, shown.marked(), shown.findings(), shown.checked(),
                    shown.notes());
            return editorPage(request, id, typed, etag, errors, stale, page, model);
        }
    }

    @PostMapping("/{id}/versions/{number}/restore")
    String restore(@PathVariable UUID id, @PathVariable int number, @RequestParam(defaultValue = "") String etag,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        try {
            session.send(request, api.call(HttpMethod.POST, "/api/v1/letters/" + id + "/versions/" + number
                    + "/restore").ifMatch(etag.isBlank() ? null : etag));
            redirect.addFlashAttribute("notice", "notice.letter-restored");
            return "redirect:/letters/" + id;
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() != 412) {
                throw refused;
            }
            response.setStatus(412);
            ApiResponse letter = session.send(request, api.call(HttpMethod.GET, "/api/v1/letters/" + id));
            return editorPage(request, id, LetterViews.letter(letter.body(), page), letter.etag(),
                    FormErrors.message(page.t("letter.changed")), true, page, model);
        }
    }

    /** Renders the letter into one's documents, then downloads that version through the documents pages. */
    @PostMapping("/{id}/download")
    String download(@PathVariable UUID id, @RequestParam(defaultValue = "pdf") String format,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        String asked = FORMATS.contains(format) ? format : "pdf";
        try {
            JsonNode rendered = session.send(request, api.call(HttpMethod.POST,
                    "/api/v1/letters/" + id + "/render?format=" + asked)).body();
            return "redirect:/documents/" + rendered.path("documentId").asString("") + "/versions/"
                    + rendered.path("version").asInt(1) + "/download";
        }
        catch (ApiProblemException refused) {
            if (refused.problem().status() == 404) {
                throw refused;
            }
            response.setStatus(refused.problem().status() >= 500 ? 503 : refused.problem().status());
            ApiResponse letter = session.send(request, api.call(HttpMethod.GET, "/api/v1/letters/" + id));
            FormErrors errors = refused.problem().status() >= 500
                    ? FormErrors.message(page.t("letter.download.unavailable"))
                    : FormErrors.of(refused.problem(), page);
            return editorPage(request, id, LetterViews.letter(letter.body(), page), letter.etag(), errors, false,
                    page, model);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        session.send(request, api.call(HttpMethod.DELETE, "/api/v1/letters/" + id));
        if (Htmx.asked(request)) {
            Htmx.redirect(request, response, "/letters", "notice.letter-deleted");
            return null;
        }
        redirect.addFlashAttribute("notice", "notice.letter-deleted");
        return "redirect:/letters";
    }

    private String draftPage(HttpServletRequest request, Model model, FormErrors errors, String vacancyId,
            String language, String tone, String length) {
        model.addAttribute("vacancies", LetterViews.vacancies(
                session.send(request, api.call(HttpMethod.GET, "/api/v1/vacancies?size=100")).body()));
        model.addAttribute("errors", errors);
        model.addAttribute("vacancyId", vacancyId);
        model.addAttribute("language", language);
        model.addAttribute("tone", tone);
        model.addAttribute("length", length);
        return "letter/new";
    }

    private String editorPage(HttpServletRequest request, UUID id, LetterViews.Letter letter, String etag,
            FormErrors errors, boolean stale, Page page, Model model) {
        model.addAttribute("letter", letter);
        model.addAttribute("etag", etag == null ? "" : etag);
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        model.addAttribute("versions", LetterViews.versions(session.send(request,
                api.call(HttpMethod.GET, "/api/v1/letters/" + id + "/versions")).body(), letter.version(), page));
        return "letter/editor";
    }

    private String savedFragment(HttpServletRequest request, UUID id, LetterViews.Letter letter, String etag,
            Model model) {
        Page page = (Page) model.getAttribute("page");
        model.addAttribute("letter", letter);
        model.addAttribute("etag", etag == null ? "" : etag);
        model.addAttribute("versions", LetterViews.versions(session.send(request,
                api.call(HttpMethod.GET, "/api/v1/letters/" + id + "/versions")).body(), letter.version(), page));
        return "letter/saved";
    }
}
