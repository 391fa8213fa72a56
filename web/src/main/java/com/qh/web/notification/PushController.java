package com.qh.web.notification;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.view.FormErrors;
import com.qh.web.view.Page;
import com.qh.web.session.UserSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Web Push for this browser, behind the preferences page's button ({@code js/live.js}, service worker
 * {@code /sw.js}): the VAPID key to subscribe with, and the browser's {@code PushSubscription} registered with or
 * removed from the notification service, with the session's token. The JSON calls carry the CSRF token in a header
 * like any form. A browser listed on the page can also be removed by a plain form, from any browser.
 */
@Controller
@RequestMapping("/notifications/push")
class PushController {

    private final GatewayApi api;
    private final UserSession session;

    PushController(GatewayApi api, UserSession session) {
        this.api = api;
        this.session = session;
    }

    /** The notification service's VAPID public key, for {@code PushManager.subscribe()}. */
    @GetMapping("/key")
    @ResponseBody
    ResponseEntity<Map<String, Object>> key(HttpServletRequest request,
            @ModelAttribute(name = "page", binding = false) Page page) {
        try {
            String key = session.send(request, api.call(HttpMethod.GET, "/api/v1/notifications/push/public-key"))
                    .body().path("publicKey").asString("");
            return ResponseEntity.ok(Map.of("publicKey", key));
        }
        catch (ApiProblemException refused) {
            return refusal(refused, page);
        }
    }

    /** Registers this browser's subscription (the same endpoint again renews it). */
    @PostMapping("/subscriptions")
    @ResponseBody
    ResponseEntity<Map<String, Object>> subscribe(@RequestBody(required = false) Subscription subscription,
            HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page) {
        if (subscription == null || !subscription.complete()) {
            return ResponseEntity.badRequest().body(Map.of("message", page.t("push.failed")));
        }
        try {
            ApiResponse registered = session.send(request, api.call(HttpMethod.POST,
                    "/api/v1/notifications/push/subscriptions").body(subscription.forApi()));
            return ResponseEntity.status(201).body(Map.of("id", registered.body().path("id").asString(""),
                    "message", page.t("push.on")));
        }
        catch (ApiProblemException refused) {
            return refusal(refused, page);
        }
    }

    /**
     * Removes this browser's subscription. The service lists subscriptions by id and push service only, so the
     * endpoint is registered once more (which renews it and answers its id) and that id removed.
     */
    @PostMapping("/unsubscribe")
    @ResponseBody
    ResponseEntity<Map<String, Object>> unsubscribe(@RequestBody(required = false) Subscription subscription,
            HttpServletRequest request, @ModelAttribute(name = "page", binding = false) Page page) {
        if (subscription == null || !subscription.complete()) {
            return ResponseEntity.badRequest().body(Map.of("message", page.t("push.failed")));
        }
        try {
            String id = session.send(request, api.call(HttpMethod.POST, "/api/v1/notifications/push/subscriptions")
                    .body(subscription.forApi())).body().path("id").asString("");
            session.send(request, api.call(HttpMethod.DELETE, "/api/v1/notifications/push/subscriptions/"
                    + UUID.fromString(id)));
            return ResponseEntity.ok(Map.of("message", page.t("push.off")));
        }
        catch (ApiProblemException refused) {
            return refusal(refused, page);
        }
        catch (IllegalArgumentException noId) {
            return ResponseEntity.status(502).body(Map.of("message", page.t("push.failed")));
        }
    }

    /** Removes a browser listed on the preferences page; works without JavaScript, from any browser. */
    @PostMapping("/subscriptions/{id}/delete")
    String remove(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            session.send(request, api.call(HttpMethod.DELETE, "/api/v1/notifications/push/subscriptions/" + id));
        }
        catch (ApiProblemException gone) {
            if (gone.problem().status() != 404) {
                throw gone;
            }
        }
        redirect.addFlashAttribute("notice", "notice.push-removed");
        return "redirect:/notifications/preferences#push";
    }

    private static ResponseEntity<Map<String, Object>> refusal(ApiProblemException refused, Page page) {
        int status = refused.problem().status();
        String message = refused.problem().is("invalid-push-endpoint") ? page.t("push.endpoint-refused")
                : status >= 500 ? page.t("push.unavailable") : FormErrors.of(refused.problem(), page).message();
        return ResponseEntity.status(status >= 500 ? 502 : status).body(Map.of("message",
                message == null ? page.t("push.failed") : message));
    }

    /** A browser's {@code PushSubscription} as {@code JSON.stringify} gives it. */
    record Subscription(String endpoint, Long expirationTime, Keys keys) {

        record Keys(String p256dh, String auth) {
        }

        boolean complete() {
            return endpoint != null && !endpoint.isBlank() && keys != null && keys.p256dh() != null
                    && keys.auth() != null;
        }

        Map<String, Object> forApi() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("endpoint", endpoint);
            if (expirationTime != null) {
                body.put("expirationTime", expirationTime);
            }
            body.put("keys", Map.of("p256dh", keys.p256dh(), "auth", keys.auth()));
            return body;
        }
    }
}
