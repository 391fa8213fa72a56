package com.qh.notification.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins list every template there is, to pick one to edit. */
@RestController
@RequestMapping("/api/v1/notifications/admin/templates")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Notification templates")
class TemplateCatalogController {

    private final Templates templates;

    TemplateCatalogController(Templates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "List the templates",
            description = "Each shipped template and each admin's edit, by event type, channel and language; the "
                    + "channel is as the template's address names it (email, sms, push, in-app).")
    @ApiResponse(responseCode = "200", description = "The templates, sorted by event type, channel and language")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    List<CatalogEntry> list() {
        return templates.catalog().stream().map(CatalogEntry::of).toList();
    }

    /**
     * One template.
     *
     * @param eventType the event its messages are for
     * @param channel {@code email}, {@code sms}, {@code push} or {@code in-app}
     * @param language {@code en} or {@code ru}
     * @param overridden whether an admin's edit is in use
     * @param shipped whether QH ships this template (resetting goes back to it)
     * @param updatedAt when the edit was saved, if there is one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CatalogEntry(String eventType, String channel, String language, boolean overridden, boolean shipped,
            Instant updatedAt) {

        static CatalogEntry of(Templates.Entry entry) {
            return new CatalogEntry(entry.eventType(), entry.channel().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    entry.language(), entry.overridden(), entry.shipped(), entry.updatedAt());
        }
    }
}
