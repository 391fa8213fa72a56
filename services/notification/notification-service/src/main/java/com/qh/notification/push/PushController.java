package com.qh.notification.push;

import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's browsers registered for Web Push, and the key browsers subscribe with. */
@RestController
@RequestMapping("/api/v1/notifications/push")
@Tag(name = "Web Push", description = "Register a browser's Push API subscription to receive notifications while "
        + "QH is closed.")
class PushController {

    private final PushSubscriptions subscriptions;
    private final VapidKeys keys;
    private final PushEndpoints endpoints;

    PushController(PushSubscriptions subscriptions, VapidKeys keys, WebPushSender sender) {
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.endpoints = sender.endpoints();
    }

    @GetMapping("/public-key")
    @Operation(summary = "The VAPID public key", description = "Pass it as applicationServerKey to "
            + "PushManager.subscribe().")
    PublicKey publicKey() {
        return new PublicKey(keys.publicKey());
    }

    @PostMapping("/subscriptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register this browser", description = "The body is the browser's PushSubscription as "
            + "JSON (endpoint and keys). Registering the same endpoint again renews it. The endpoint must be https "
            + "on port 443 at a public address; anything else is a 400.")
    SubscriptionView register(AuthenticatedUser user, @Valid @RequestBody SubscriptionRequest request) {
        endpoints.vet(request.endpoint());
        return view(subscriptions.register(user.id(), request.endpoint(), request.keys().p256dh(),
                request.keys().auth()));
    }

    @GetMapping("/subscriptions")
    @Operation(summary = "Your registered browsers")
    List<SubscriptionView> list(AuthenticatedUser user) {
        return subscriptions.of(user.id()).stream().map(PushController::view).toList();
    }

    @DeleteMapping("/subscriptions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop pushing to a browser")
    void remove(AuthenticatedUser user, @PathVariable UUID id) {
        if (!subscriptions.remove(user.id(), id)) {
            throw new NotFoundException("There is no push subscription " + id + " among yours.");
        }
    }

    private static SubscriptionView view(PushSubscriptions.Subscription subscription) {
        String host = URI.create(subscription.endpoint()).getHost();
        return new SubscriptionView(subscription.id(), host, subscription.createdAt());
    }

    record PublicKey(String publicKey) {
    }

    /** A browser's PushSubscription, as {@code JSON.stringify(subscription)} gives it. */
    @Schema(example = """
            {"endpoint": "https://fcm.googleapis.com/fcm/send/dpH5lCsTSSM:APA91bH...",
             "keys": {"p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
                      "auth": "tBHItJI5svbpez7KI4CCXg"}}""")
    record SubscriptionRequest(@NotBlank @Size(max = 2048) String endpoint, Long expirationTime,
            @NotNull @Valid Keys keys) {

        record Keys(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{40,120}={0,2}") String p256dh,
                @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{10,40}={0,2}") String auth) {
        }
    }

    /** A registered browser: the push service it goes through, and since when. */
    record SubscriptionView(UUID id, String pushService, Instant createdAt) {
    }
}
