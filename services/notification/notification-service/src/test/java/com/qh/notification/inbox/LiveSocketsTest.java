package com.qh.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;

/** When a live socket must close, by its token. */
class LiveSocketsTest {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void closesASocketWhenItsTokenExpires() {
        assertThat(LiveSockets.ended("jti-1", NOW, NOW, id -> false))
                .contains(new CloseStatus(LiveSockets.TOKEN_ENDED, "Token expired"));
        assertThat(LiveSockets.ended("jti-1", NOW.minusSeconds(1), NOW, id -> false)).isPresent();
        assertThat(LiveSockets.ended("jti-1", NOW.plusSeconds(1), NOW, id -> false)).isEmpty();
    }

    @Test
    void closesASocketWhenItsTokenIsRevoked() {
        Set<String> revoked = Set.of("jti-revoked");

        assertThat(LiveSockets.ended("jti-revoked", NOW.plusSeconds(600), NOW, revoked::contains))
                .contains(new CloseStatus(4401, "Token revoked"));
        assertThat(LiveSockets.ended("jti-live", NOW.plusSeconds(600), NOW, revoked::contains)).isEmpty();
    }
}
