package com.qh.auth.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes verification and reset tokens a day after they expired. */
@Component
class AccountHousekeeping {

    private final OneTimeTokenRepository oneTimeTokens;
    private final Clock clock;

    AccountHousekeeping(OneTimeTokenRepository oneTimeTokens, Clock clock) {
        this.oneTimeTokens = oneTimeTokens;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    void deleteExpired() {
        oneTimeTokens.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }
}
