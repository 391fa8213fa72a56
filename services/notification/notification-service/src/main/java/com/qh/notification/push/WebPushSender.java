package com.qh.notification.push;

import com.qh.notification.delivery.PushSender;
import com.zerodeplibs.webpush.PushSubscription;
import com.zerodeplibs.webpush.httpclient.StandardHttpClientRequestPreparer;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Sends a Web Push message: encrypted for the browser's keys (aes128gcm), signed with our VAPID key, posted to the
 * browser's push service. 201/202 is delivered; 404/410 means the browser unsubscribed, so the subscription is
 * removed; anything else is a failure the delivery worker retries.
 */
@Component
class WebPushSender implements PushSender {

    private final PushSubscriptions subscriptions;
    private final VapidKeys keys;
    private final PushProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    WebPushSender(PushSubscriptions subscriptions, VapidKeys keys, PushProperties properties) {
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    public boolean send(String subscriptionId, String payload) throws Exception {
        Optional<PushSubscriptions.Subscription> found = subscriptions.find(UUID.fromString(subscriptionId));
        if (found.isEmpty()) {
            return false;
        }
        PushSubscriptions.Subscription subscription = found.get();
        PushSubscription target = new PushSubscription();
        target.setEndpoint(subscription.endpoint());
        PushSubscription.Keys browserKeys = new PushSubscription.Keys();
        browserKeys.setP256dh(subscription.p256dh());
        browserKeys.setAuth(subscription.auth());
        target.setKeys(browserKeys);
        var request = StandardHttpClientRequestPreparer.getBuilder()
                .pushSubscription(target)
                .vapidJWTSubject(properties.subject())
                .vapidJWTExpiresAfter(12, TimeUnit.HOURS)
                .pushMessage(payload.getBytes(StandardCharsets.UTF_8))
                .ttl(properties.ttl().toSeconds(), TimeUnit.SECONDS)
                .urgencyNormal()
                .build(keys.pair())
                .toRequestBuilder().timeout(Duration.ofSeconds(15)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 404 || status == 410) {
            subscriptions.remove(subscription.id());
            return false;
        }
        if (status < 200 || status >= 300) {
            throw new IllegalStateException("The push service answered " + status + ": " + response.body());
        }
        return true;
    }
}
