package com.qh.web.admin;

/**
 * A row of the AI usage table: one user, service and feature over the range.
 *
 * @param userId the user
 * @param email their address
 * @param service the QH service that called the model
 * @param feature what for
 * @param prompt prompt tokens, formatted
 * @param completion completion tokens, formatted
 * @param total both, formatted
 * @param calls calls, formatted
 * @param firstOfUser whether this is the user's row with most tokens (the one that carries the budget form)
 */
public record AiUsageRow(String userId, String email, String service, String feature, String prompt, String completion,
        String total, String calls, boolean firstOfUser) {
}
