package com.qh.web.notification;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Htmx;
import com.qh.web.view.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
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

/**
 * The inbox. Marking a message read from the page is an htmx request answered with the inbox alone; without
 * JavaScript the form posts and the page comes back.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private static final int LIMIT = 100;
    /** The event htmx fires after a message is marked read; the bell listens for it. */
    static final String READ_EVENT = "qh:read";

    private final GatewayApi api;
    private final UserSession session;

    NotificationController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    /** The page; to htmx (the live channel said a message came) the inbox alone. */
    @GetMapping
    String inbox(@RequestParam(defaultValue = "false") boolean unread, HttpServletRequest request,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        model.addAttribute("inbox", load(unread, request, page));
        return Htmx.asked(request) ? "notification/messages" : "notification/inbox";
    }

    @GetMapping("/preferences")
    String preferences(HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page,
            Model model) {
        model.addAttribute("preferences", Preferences.of(session.send(request,
                api.call(HttpMethod.GET, "/api/v1/notifications/preferences")).body()));
        model.addAttribute("browsers", browsers(request, page));
        model.addAttribute("errors", FormErrors.none());
        return "notification/preferences";
    }

    /** Sends only what changed; a box that cannot be cleared (security e-mail and in-app) is never sent. */
    @PostMapping("/preferences")
    String savePreferences(@RequestParam Map<String, String> form, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute(name = "page", binding = false) Page page, Model model,
            RedirectAttributes redirect) {
        Preferences current = Preferences.of(session.send(request,
                api.call(HttpMethod.GET, "/api/v1/notifications/preferences")).body());
        List<Map<String, Object>> changes = current.changes(form);
        if (!changes.isEmpty()) {
            try {
                session.send(request, api.call(HttpMethod.PUT, "/api/v1/notifications/preferences")
                        .body(Map.of("preferences", changes)));
            }
            catch (ApiProblemException refused) {
                if (refused.problem().status() >= 500) {
                    throw refused;
                }
                response.setStatus(refused.problem().status());
                model.addAttribute("preferences", current);
                model.addAttribute("browsers", browsers(request, page));
                model.addAttribute("errors", FormErrors.message(FormErrors.of(refused.problem(), page).message()));
                return "notification/preferences";
            }
        }
        redirect.addFlashAttribute("notice", "notice.preferences-saved");
        return "redirect:/notifications/preferences";
    }

    /**
     * The unread count in the header, asked for by htmx once the page is shown, so that no page waits for it. A count
     * that cannot be had is no count: the header never breaks for it.
     */
    @GetMapping("/unread-count")
    String unreadCount(HttpServletRequest request, Model model) {
        long unread = 0;
        try {
            unread = session.send(request, api.call(HttpMethod.GET, "/api/v1/notifications/unread-count")).body()
                    .path("unread").asLong(0);
        }
        catch (ApiProblemException unavailable) {
            // Shown without a count.
        }
        model.addAttribute("unread", unread);
        return "notification/unread-count";
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean unread,
            HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model) {
        try {
            session.send(request, api.call(HttpMethod.POST, "/api/v1/notifications/" + id + "/read"));
        }
        catch (ApiProblemException gone) {
            // Read or deleted meanwhile (404): the inbox below shows how things are now.
            if (gone.problem().status() != 404) {
                throw gone;
            }
        }
        return answer(unread, request, response, page, model);
    }

    @PostMapping("/read-all")
    String readAll(HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute(name = "page", binding = false) Page page, Model model, RedirectAttributes redirect) {
        session.send(request, api.call(HttpMethod.POST, "/api/v1/notifications/read-all"));
        if (!Htmx.asked(request)) {
            redirect.addFlashAttribute("notice", "notice.all-read");
        }
        return answer(false, request, response, page, model);
    }

    private String answer(boolean unread, HttpServletRequest request, HttpServletResponse response, Page page,
            Model model) {
        if (Htmx.asked(request)) {
            // The bell in the header counts again.
            response.setHeader("HX-Trigger", READ_EVENT);
            model.addAttribute("inbox", load(unread, request, page));
            return "notification/messages";
        }
        return "redirect:/notifications" + (unread ? "?unread=true" : "");
    }

    /** The browsers registered for Web Push; none shown when the list cannot be had (the page still works). */
    private List<PushBrowser> browsers(HttpServletRequest request, Page page) {
        try {
            List<PushBrowser> browsers = new ArrayList<>();
            session.send(request, api.call(HttpMethod.GET, "/api/v1/notifications/push/subscriptions")).body()
                    .forEach(browser -> browsers.add(PushBrowser.of(browser, page)));
            return browsers;
        }
        catch (ApiProblemException unavailable) {
            return List.of();
        }
    }

    private Inbox load(boolean unread, HttpServletRequest request, Page page) {
        String path = "/api/v1/notifications?limit=" + LIMIT + (unread ? "&unread=true" : "");
        return Inbox.of(session.send(request, api.call(HttpMethod.GET, path)).body(), unread, page);
    }
}
