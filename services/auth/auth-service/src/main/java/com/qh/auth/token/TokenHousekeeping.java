package com.qh.auth.token;

import java.time.Clock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes refresh tokens a day after they expired, so the table holds live sessions, not history. */
@Component
class TokenHousekeeping {

    private final RefreshTokenRepository refreshTokens;
    private final Clock clock;

    TokenHousekeeping(RefreshTokenRepository refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    void deleteExpired() {
        refreshTokens.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }
}
