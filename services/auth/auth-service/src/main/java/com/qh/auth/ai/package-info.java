/**
 * The AI allowance (issue 16): each user's daily budget of model tokens (their own, or
 * {@code qh.auth.ai.daily-token-budget}) and the ledger of what they used, per UTC day, service and feature. QH
 * services ask for the allowance before a model call and report the tokens after it, with their service token
 * ({@code /internal/v1/ai/...}, audience {@code auth}); admins read the usage and set budgets. The rows hang on the
 * account and go when it is deleted.
 */
package com.qh.auth.ai;
