package com.qh.ai.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the AI layer ({@code qh.ai.*}). With no {@code base-url} no model is used and nothing else here
 * matters.
 *
 * @param baseUrl        the OpenAI-compatible endpoint's base, up to {@code /v1} ({@code QH_AI_BASE_URL})
 * @param apiKey         its key ({@code QH_AI_API_KEY}); empty for servers that need none (Ollama, vLLM, LM Studio)
 * @param model          the model asked unless a feature names another ({@code QH_AI_MODEL})
 * @param responseFormat how JSON is asked for: {@code json-schema}, {@code json-object} or {@code none} (the schema
 *                       is in the prompt in every case and the answer is validated either way)
 * @param connectTimeout time to open a connection to the endpoint
 * @param readTimeout    longest silence while waiting for the answer (between streamed pieces, when streaming)
 * @param requestTimeout longest a whole call may take, streamed or not
 * @param retryBackoff   wait before the one retry
 * @param circuitBreaker when to stop asking a failing endpoint for a while
 * @param budget         whether the per-user daily token budget kept by auth is checked and usage recorded
 * @param features       per-feature overrides by feature name ({@code letter-draft}, ...)
 */
@ConfigurationProperties("qh.ai")
public record AiProperties(String baseUrl, String apiKey, @DefaultValue("gpt-4o-mini") String model,
        @DefaultValue("json-schema") String responseFormat,
        @DefaultValue("5s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout,
        @DefaultValue("120s") Duration requestTimeout, @DefaultValue("500ms") Duration retryBackoff,
        @DefaultValue CircuitBreaker circuitBreaker, @DefaultValue Budget budget, Map<String, Feature> features) {

    public AiProperties {
        features = features == null ? Map.of() : Map.copyOf(features);
    }

    /** Whether a model is configured at all. */
    public boolean configured() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /** The model for a feature: its override, else the default. */
    public String modelFor(String feature) {
        Feature override = feature(feature);
        return override != null && override.model() != null && !override.model().isBlank() ? override.model()
                : model;
    }

    /** Whether the model may be asked for a feature: configured, and not switched off for it. */
    public boolean enabledFor(String feature) {
        Feature override = feature(feature);
        return configured() && (override == null || override.enabled() == null || override.enabled());
    }

    /** The longest answer asked of the model for a feature when the feature sets none. */
    public static final int DEFAULT_MAX_TOKENS = 1500;

    /** The cap on the answer's tokens for a feature: its {@code max-tokens}, else {@link #DEFAULT_MAX_TOKENS}. */
    public int maxTokensFor(String feature) {
        Feature override = feature(feature);
        return override != null && override.maxTokens() != null && override.maxTokens() > 0 ? override.maxTokens()
                : DEFAULT_MAX_TOKENS;
    }

    /**
     * The overrides of one feature. Keys are compared without dashes and case, since an environment variable
     * ({@code QH_AI_FEATURES_LETTERDRAFT_MODEL}) cannot carry the dash of {@code letter-draft}.
     */
    private Feature feature(String feature) {
        String wanted = normalised(feature);
        return features.entrySet().stream().filter(e -> normalised(e.getKey()).equals(wanted))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String normalised(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /**
     * @param model   the model for this feature
     * @param enabled   {@code false} keeps this feature offline even with a model configured
     * @param maxTokens the most tokens one answer may have (sent as {@code max_tokens}; lowered further to what is
     *                  left of the user's daily budget); {@code 1500} when unset
     */
    public record Feature(String model, Boolean enabled, Integer maxTokens) {
    }

    /**
     * A count-based circuit breaker over model calls.
     *
     * @param failureRateThreshold percentage of failed calls that opens it
     * @param minimumCalls         calls seen before the rate is judged
     * @param windowSize           calls the rate is computed over
     * @param openFor              how long it stays open before letting a trial call through
     */
    public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold, @DefaultValue("4") int minimumCalls,
            @DefaultValue("10") int windowSize, @DefaultValue("60s") Duration openFor) {
    }

    /**
     * @param enabled        check the user's allowance before a model call and record usage after it
     * @param usageRetry     how often usage records auth did not take are sent again
     * @param usageQueueSize how many unsent usage records are kept in memory; past that they are logged and dropped
     */
    public record Budget(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration usageRetry,
            @DefaultValue("10000") int usageQueueSize) {
    }
}
