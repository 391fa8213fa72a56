package com.qh.auth.ai;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The AI allowance.
 *
 * @param dailyTokenBudget prompt and completion tokens a user may spend per UTC day unless an admin set their own
 */
@ConfigurationProperties("qh.auth.ai")
record AiProperties(@DefaultValue("50000") long dailyTokenBudget) {
}
