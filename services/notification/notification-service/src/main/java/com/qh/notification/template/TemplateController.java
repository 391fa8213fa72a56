package com.qh.notification.template;

import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins read, edit, preview and reset message templates. */
@RestController
@RequestMapping("/api/v1/notifications/admin/templates/{eventType}/{channel}/{language}")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Notification templates", description = "Templates per event type, channel and language (admins). "
        + "Placeholders are {{name}}; values are HTML-escaped in the HTML part.")
class TemplateController {

    private final Templates templates;

    TemplateController(Templates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "Read the template in use", description = "The admin's override if there is one, else the "
            + "shipped template.")
    @ApiResponse(responseCode = "404", description = "No template for this event, channel and language")
    TemplateView read(@PathVariable String eventType, @PathVariable String channel, @PathVariable String language) {
        Channel ch = channel(channel);
        String lang = language(language);
        return templates.override(eventType, ch, lang).map(t -> TemplateView.of(t, true))
                .or(() -> templates.shipped(eventType, ch, lang).map(t -> TemplateView.of(t, false)))
                .orElseThrow(() -> new NotFoundException("There is no " + channel + " template for " + eventType
                        + " in " + lang + "."));
    }

    @PutMapping
    @Operation(summary = "Replace the template", description = "Takes effect for the next message.")
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "400", description = "A part is missing or too long")
    TemplateView save(@PathVariable String eventType, @PathVariable String channel, @PathVariable String language,
            @Valid @RequestBody TemplateBody body) {
        Template template = new Template(body.subject(), body.text(), body.html());
        templates.save(eventType, channel(channel), language(language), template);
        return TemplateView.of(template, true);
    }

    @DeleteMapping
    @Operation(summary = "Go back to the shipped template")
    @ApiResponse(responseCode = "204", description = "The override is gone")
    ResponseEntity<Void> reset(@PathVariable String eventType, @PathVariable String channel,
            @PathVariable String language) {
        templates.reset(eventType, channel(channel), language(language));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/preview")
    @Operation(summary = "Render a template with sample values",
            description = "The body's template if it has one, else the template in use; nothing is saved or sent.")
    Template.Message preview(@PathVariable String eventType, @PathVariable String channel,
            @PathVariable String language, @Valid @RequestBody PreviewBody body) {
        Template template = body.template() != null
                ? new Template(body.template().subject(), body.template().text(), body.template().html())
                : templates.find(eventType, channel(channel), language(language))
                        .orElseThrow(() -> new NotFoundException("There is no template to preview."));
        return template.render(body.values() == null ? Map.of() : body.values());
    }

    private static Channel channel(String name) {
        try {
            return Channel.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        catch (IllegalArgumentException e) {
            throw new NotFoundException("There is no channel '" + name + "'; channels are email, sms, push, in-app.");
        }
    }

    private static String language(String language) {
        if (!Templates.LANGUAGES.contains(language)) {
            throw new QhException(HttpStatus.BAD_REQUEST, "unknown-language", "Unknown language",
                    "language must be 'ru' or 'en', not '" + language + "'.");
        }
        return language;
    }

    /**
     * A template as stored.
     *
     * @param subject subject or title
     * @param text plain-text body, required
     * @param html HTML body
     */
    record TemplateBody(@Size(max = 300) String subject, @NotBlank @Size(max = 20_000) String text,
            @Size(max = 100_000) String html) {
    }

    /**
     * What to preview.
     *
     * @param template a draft to render instead of the template in use
     * @param values sample values for the placeholders
     */
    record PreviewBody(@Valid TemplateBody template,
            @Schema(example = "{\"displayName\": \"Ada\", \"link\": \"https://qh.example.com/verify-email?token=x\"}")
            Map<String, String> values) {
    }

    /**
     * The template in use.
     *
     * @param overridden whether it is an admin's edit rather than the shipped one
     * @param placeholders the {@code {{name}}} placeholders it uses, for an editor to offer and a preview to fill
     */
    record TemplateView(String subject, String text, String html, boolean overridden, List<String> placeholders) {

        static TemplateView of(Template template, boolean overridden) {
            return new TemplateView(template.subject(), template.text(), template.html(), overridden,
                    template.placeholders());
        }
    }
}
