package com.qh.notification.preference;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Verifying the phone numbers texts go to ({@code qh.notification.phone-verification.*}). Each code costs us a
 * text message, so how many are sent is capped per user, per number and overall: without caps one account, or
 * many, could make us text premium-rate numbers at our expense (SMS pumping).
 *
 * @param codeTtl how long a code may be confirmed
 * @param maxAttempts wrong codes before the code stops working and a new one must be asked for
 * @param resendInterval the least time between two codes to one user
 * @param window the period the caps below count over
 * @param maxCodesPerUser codes one user may be sent in {@code window}
 * @param maxCodesPerNumber codes one number may be sent in {@code window}, whoever asks
 * @param maxCodesOverall codes the whole service sends in {@code window}, a brake on pumping through many accounts
 */
@ConfigurationProperties("qh.notification.phone-verification")
record PhoneVerificationProperties(
        @DefaultValue("10m") Duration codeTtl,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("60s") Duration resendInterval,
        @DefaultValue("1h") Duration window,
        @DefaultValue("3") int maxCodesPerUser,
        @DefaultValue("3") int maxCodesPerNumber,
        @DefaultValue("500") int maxCodesOverall) {
}
