package com.qh.web.live;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.SessionTokens;
import com.qh.web.session.SignInRequiredException;
import com.qh.web.session.UserSession;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /live/events}: the tab's live channel, a Server-Sent Events stream. It is a GET that changes nothing
 * and is read by this origin's pages only: the session cookie is {@code SameSite=Lax}, so another site's
 * {@code EventSource} arrives without it, no CORS header lets another origin read the answer, and a request that
 * says it came from another site ({@code Sec-Fetch-Site}) is refused outright.
 *
 * <p>The stream starts with {@code ready} ({@code {"unread": n}}, -1 when the count cannot be had), then relays
 * (see {@link LiveRelay}). Asking for the count first also refreshes a token that is due, through the ordinary
 * {@link UserSession} path, so the upstream socket opens with a fresh token; a session that has ended answers 204,
 * which tells {@code EventSource} not to reconnect.
 */
@Controller
class LiveController {

    /** The token is refreshed this long before it expires (as {@code SessionTokens.dueAt}). */
    private static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);
    private static final Duration SHORTEST = Duration.ofSeconds(5);

    private final GatewayApi api;
    private final UserSession session;
    private final LiveRelay relay;
    private final LiveProperties properties;
    private final Clock clock;

    LiveController(GatewayApi api, UserSession session, LiveRelay relay, LiveProperties properties, Clock clock) {
        this.api = api;
        this.session = session;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/live/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> events(HttpServletRequest request) throws IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equals(site)) {
            return ResponseEntity.status(403).build();
        }
        if (session.current(request).isEmpty()) {
            return ResponseEntity.noContent().build();
        }
        long unread;
        try {
            ApiResponse count = session.send(request, api.call(HttpMethod.GET, "/api/v1/notifications/unread-count"));
            unread = count.body() == null ? -1 : count.body().path("unread").asLong(-1);
        }
        catch (SignInRequiredException over) {
            return ResponseEntity.noContent().build();
        }
        catch (ApiProblemException unavailable) {
            unread = -1;
        }
        SessionTokens tokens = session.require(request);
        Duration untilDue = Duration.between(clock.instant(), tokens.expiresAt().minus(REFRESH_MARGIN));
        Duration life = untilDue.compareTo(properties.maxStream()) < 0 ? untilDue : properties.maxStream();
        SseEmitter stream = new SseEmitter(Math.max(life.toMillis(), SHORTEST.toMillis()));
        stream.send(SseEmitter.event().reconnectTime(properties.retry().toMillis()).name("ready")
                .data("{\"unread\":" + unread + "}", MediaType.TEXT_PLAIN));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Forwarded-For", request.getRemoteAddr());
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (language != null && !language.isBlank()) {
            headers.put(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        relay.relay(tokens.accessToken(), headers, stream);
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                // Proxies that buffer (nginx) pass each event on at once.
                .header("X-Accel-Buffering", "no").body(stream);
    }
}
