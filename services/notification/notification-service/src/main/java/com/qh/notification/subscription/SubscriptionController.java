package com.qh.notification.subscription;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** E-mail subscriptions with double opt-in; public, except the subscriber list. */
@RestController
@Validated
@RequestMapping("/api/v1/subscriptions")
@Tag(name = "E-mail subscriptions", description = "Subscribe an address with double opt-in, see its status, "
        + "unsubscribe. No account needed.")
class SubscriptionController {

    private final EmailSubscriptions subscriptions;

    SubscriptionController(EmailSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Subscribe an address", description = "Sends a confirmation mail; the subscription is "
            + "active once its link is used. The answer is the same whether or not the address was subscribed.")
    void subscribe(@Valid @RequestBody Subscribe request) {
        subscriptions.subscribe(request.email(), request.language());
    }

    @PostMapping("/confirm")
    @Operation(summary = "Confirm a subscription with the mailed token")
    StatusView confirm(@Valid @RequestBody Token request) {
        return new StatusView(subscriptions.confirm(request.token()));
    }

    @GetMapping("/status")
    @PreAuthorize("hasAnyRole('ADMIN', 'SERVICE')")
    @Operation(summary = "The status of an address", description = "NONE, PENDING, ACTIVE or UNSUBSCRIBED; "
            + "administrators and services only, since anyone else could learn who reads the mails.")
    StatusView status(@RequestParam @NotBlank @Email @Size(max = 320) String email) {
        return new StatusView(subscriptions.status(email));
    }

    @PostMapping("/unsubscribe/{token}")
    @Operation(summary = "Unsubscribe with one click", description = "The target of the subscription mails' "
            + "List-Unsubscribe header (RFC 8058).")
    StatusView unsubscribe(@PathVariable @Size(max = 64) String token) {
        subscriptions.unsubscribe(token);
        return new StatusView(EmailSubscriptions.Status.UNSUBSCRIBED);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SERVICE')")
    @Operation(summary = "Active subscribers", description = "For a mailing; administrators and services only.")
    List<String> active(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return subscriptions.active(page, size);
    }

    @Schema(example = """
            {"email": "reader@example.org", "language": "ru"}""")
    record Subscribe(@NotBlank @Email @Size(max = 320) String email, @Size(max = 10) String language) {
    }

    record Token(@NotBlank @Size(max = 64) String token) {
    }

    record StatusView(EmailSubscriptions.Status status) {
    }
}
