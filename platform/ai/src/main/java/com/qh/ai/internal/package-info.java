/**
 * How the AI layer works inside: the model-backed generator (Spring AI's OpenAI-compatible client behind a retry
 * and a circuit breaker), prompt files, quoting of untrusted material, answer validation, the daily token budget
 * and usage recording against auth, and the auto-configuration. Nothing here is for services to call directly.
 */
package com.qh.ai.internal;
