package com.qh.notification.inbox;

import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's in-app inbox. New messages also arrive live over the WebSocket
 * {@code /api/v1/notifications/ws?access_token=<access token>}.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Validated
@Tag(name = "In-app notifications", description = "The inbox; live updates over the WebSocket "
        + "/api/v1/notifications/ws?access_token=<token>, one JSON frame {type: notification, notification} each.")
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "List messages, newest first")
    List<InboxMessage> list(AuthenticatedUser user,
            @Parameter(description = "only unread ones") @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return inbox.list(user.id(), unread, limit);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many messages are unread")
    Map<String, Integer> unreadCount(AuthenticatedUser user) {
        return Map.of("unread", inbox.unread(user.id()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one message read")
    ResponseEntity<Void> read(AuthenticatedUser user, @PathVariable UUID id) {
        if (!inbox.markRead(user.id(), id)) {
            throw new NotFoundException("You have no notification " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark every message read")
    Map<String, Integer> readAll(AuthenticatedUser user) {
        return Map.of("marked", inbox.markAllRead(user.id()));
    }
}
