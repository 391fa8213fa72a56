package com.qh.notification.push;

import com.qh.notification.delivery.PushSender;
import com.qh.platform.net.BlockedAddressException;
import com.qh.platform.net.PublicAddressResolver;
import com.qh.platform.web.QhException;
import com.zerodeplibs.webpush.PushSubscription;
import com.zerodeplibs.webpush.httpclient.ApacheHttpClientRequestPreparer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends a Web Push message: encrypted for the browser's keys (aes128gcm), signed with our VAPID key, posted to the
 * browser's push service. 201/202 is delivered; 404/410 means the browser unsubscribed, so the subscription is
 * removed; anything else is a failure the delivery worker retries.
 *
 * <p>The endpoint is a URL a user gave us, so the post goes through an HTTP client whose DNS resolver refuses
 * non-public addresses ({@link PublicAddressResolver}): the address vetted is the one connected to, whatever the
 * name answered at registration. An endpoint that is no longer allowed (insecure, another port, a non-public
 * address) is forgotten like an unsubscribed one; retrying it would only knock on the same door.
 */
@Component
class WebPushSender implements PushSender, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebPushSender.class);

    private final PushSubscriptions subscriptions;
    private final VapidKeys keys;
    private final PushProperties properties;
    private final PushEndpoints endpoints;
    private final CloseableHttpClient http;

    WebPushSender(PushSubscriptions subscriptions, VapidKeys keys, PushProperties properties) {
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.properties = properties;
        this.endpoints = new PushEndpoints(new PublicAddressResolver(properties.allowedHosts()),
                properties.allowInsecureEndpoints());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(endpoints.resolver())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(10))
                                .setSocketTimeout(Timeout.ofSeconds(15)).setTimeToLive(Timeout.ofMinutes(5)).build())
                        .setMaxConnTotal(100).setMaxConnPerRoute(20)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(15)).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /** The rules endpoints must meet, shared with registration. */
    PushEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public boolean send(String subscriptionId, String payload) throws Exception {
        Optional<PushSubscriptions.Subscription> found = subscriptions.find(UUID.fromString(subscriptionId));
        if (found.isEmpty()) {
            return false;
        }
        PushSubscriptions.Subscription subscription = found.get();
        try {
            endpoints.checkForm(subscription.endpoint());
        } catch (QhException e) {
            return forget(subscription, e.detail());
        }
        PushSubscription target = new PushSubscription();
        target.setEndpoint(subscription.endpoint());
        PushSubscription.Keys browserKeys = new PushSubscription.Keys();
        browserKeys.setP256dh(subscription.p256dh());
        browserKeys.setAuth(subscription.auth());
        target.setKeys(browserKeys);
        HttpPost post = ApacheHttpClientRequestPreparer.getBuilder()
                .pushSubscription(target)
                .vapidJWTSubject(properties.subject())
                .vapidJWTExpiresAfter(12, TimeUnit.HOURS)
                .pushMessage(payload.getBytes(StandardCharsets.UTF_8))
                .ttl(properties.ttl().toSeconds(), TimeUnit.SECONDS)
                .urgencyNormal()
                .build(keys.pair())
                .toHttpPost();
        Answer answer;
        try {
            answer = http.execute(post, response -> new Answer(response.getCode(), response.getEntity() == null ? ""
                    : head(response.getEntity().getContent())));
        } catch (IOException e) {
            Optional<BlockedAddressException> blocked = BlockedAddressException.in(e);
            if (blocked.isPresent()) {
                return forget(subscription, blocked.get().getMessage());
            }
            throw e;
        }
        if (answer.status() == 404 || answer.status() == 410) {
            subscriptions.remove(subscription.id());
            return false;
        }
        if (answer.status() < 200 || answer.status() >= 300) {
            throw new IllegalStateException("The push service answered " + answer.status() + ": " + answer.body());
        }
        return true;
    }

    private boolean forget(PushSubscriptions.Subscription subscription, String why) {
        log.warn("Forgetting push subscription {} of user {}: {}", subscription.id(), subscription.userId(), why);
        subscriptions.remove(subscription.id());
        return false;
    }

    /** The start of an error body, enough for the log; a push service has no reason to send more. */
    private static String head(InputStream body) throws IOException {
        try (body) {
            return new String(body.readNBytes(2048), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }

    private record Answer(int status, String body) {
    }
}
