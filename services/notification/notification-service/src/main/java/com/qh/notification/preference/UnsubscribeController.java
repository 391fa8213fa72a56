package com.qh.notification.preference;

import com.qh.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The target of every e-mail's {@code List-Unsubscribe} link. A mail client's one-click POST (RFC 8058) turns the
 * category off; a person who opens the link in a browser gets a page with a button that does the same POST, since a
 * GET must not change anything (link scanners open links too). No sign-in: the link itself is the credential.
 */
@RestController
@RequestMapping("/api/v1/notifications/unsubscribe")
@Tag(name = "Unsubscribe", description = "One-click unsubscribe from e-mail (RFC 8058); public.")
class UnsubscribeController {

    private final UnsubscribeLinks links;

    UnsubscribeController(UnsubscribeLinks links) {
        this.links = links;
    }

    @GetMapping("/{token}")
    @Operation(summary = "The page behind an unsubscribe link", description = "Asks to confirm; changes nothing.")
    ResponseEntity<String> page(@PathVariable String token) {
        String category = links.category(token).orElseThrow(UnsubscribeController::unknown);
        return html("Unsubscribe", "<p>Stop e-mails about <strong>" + HtmlUtils.htmlEscape(category)
                + "</strong> from QH?</p><form method=\"post\"><button type=\"submit\">Unsubscribe</button></form>");
    }

    @PostMapping("/{token}")
    @Operation(summary = "Unsubscribe with one click", description = "The mail client's POST with the body "
            + "List-Unsubscribe=One-Click, or the page's button. Doing it twice does no harm.")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        UnsubscribeLinks.Outcome outcome = links.use(token).orElseThrow(UnsubscribeController::unknown);
        return html("Unsubscribed", "<p>You will no longer get e-mails about <strong>"
                + HtmlUtils.htmlEscape(String.join(", ", outcome.turnedOff()))
                + "</strong>. Security notices you ask for, such as password resets, still arrive. You can change "
                + "this any time in your notification settings.</p>");
    }

    private static NotFoundException unknown() {
        return new NotFoundException("This unsubscribe link is not known; it may belong to a deleted account.");
    }

    private static ResponseEntity<String> html(String title, String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body("<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + " · QH</title></head><body>"
                + "<h1>" + title + "</h1>" + body + "</body></html>");
    }
}
