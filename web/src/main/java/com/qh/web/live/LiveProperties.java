package com.qh.web.live;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live channel's settings.
 *
 * @param socketUrl the notification WebSocket; unset, the gateway's {@code /api/v1/notifications/ws} ({@code ws://}
 *        or {@code wss://} after the gateway's scheme)
 * @param heartbeat how often an idle stream gets a comment line, so proxies keep it open and a tab that went away
 *        is noticed (the write fails) and its upstream socket closed
 * @param maxStream the longest a stream stays open; it also ends 30 s before the access token is due, and the
 *        browser's reconnect then runs through the ordinary token refresh
 * @param retry how long the browser waits before reconnecting ({@code retry:} of the stream)
 * @param connectTimeout how long opening the upstream socket may take
 */
@ConfigurationProperties("qh.web.live")
record LiveProperties(URI socketUrl, @DefaultValue("20s") Duration heartbeat, @DefaultValue("30m") Duration maxStream,
        @DefaultValue("5s") Duration retry, @DefaultValue("5s") Duration connectTimeout) {
}
