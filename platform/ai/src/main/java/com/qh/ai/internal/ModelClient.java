package com.qh.ai.internal;

import com.openai.client.OpenAIClientAsyncImpl;
import com.openai.client.OpenAIClientImpl;
import com.openai.core.ClientOptions;
import com.openai.core.Timeout;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.qh.ai.Fallback;
import com.qh.ai.TokenUsage;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatModel.ResponseFormat;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.http.okhttp.SpringAiOpenAiHttpClient;
import reactor.core.publisher.Flux;

/**
 * Spring AI's OpenAI-compatible chat model, set up from {@link AiProperties}: the endpoint and key, connect, read and
 * whole-call timeouts, and no retries of its own (the generator retries once, behind its circuit breaker). Works
 * with any server speaking {@code /v1/chat/completions}: OpenAI, Ollama, vLLM, LM Studio.
 */
final class ModelClient {

    private final AiProperties properties;
    private final OpenAiChatModel chatModel;

    ModelClient(AiProperties properties) {
        this.properties = properties;
        Timeout timeout = Timeout.builder().connect(properties.connectTimeout()).read(properties.readTimeout())
                .write(properties.readTimeout()).request(properties.requestTimeout()).build();
        ClientOptions.Builder options = ClientOptions.builder()
                .httpClient(SpringAiOpenAiHttpClient.builder().timeout(timeout).build())
                .baseUrl(stripTrailingSlash(properties.baseUrl()))
                .timeout(timeout)
                .maxRetries(0)
                .putHeader("User-Agent", "qh-ai");
        String key = properties.apiKey();
        // The SDK insists on a key; servers that need none (Ollama, vLLM, LM Studio) ignore this one.
        options.apiKey(key == null || key.isBlank() ? "none" : key);
        ClientOptions clientOptions = options.build();
        this.chatModel = OpenAiChatModel.builder()
                .openAiClient(new OpenAIClientImpl(clientOptions))
                .openAiClientAsync(new OpenAIClientAsyncImpl(clientOptions))
                .options(OpenAiChatOptions.builder().model(properties.model()).maxRetries(0)
                        .timeout(properties.requestTimeout()).build())
                .build();
    }

    /** What one call returned. */
    record Reply(String text, TokenUsage usage, String model) {
    }

    /** A model call that failed, with why and whether one more try may help. */
    static final class ModelFailure extends RuntimeException {

        private final Fallback reason;
        private final boolean retryable;

        ModelFailure(Fallback reason, boolean retryable, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
            this.retryable = retryable;
        }

        Fallback reason() {
            return reason;
        }

        boolean retryable() {
            return retryable;
        }
    }

    /** One call; {@code maxTokens} bounds the answer ({@code max_tokens}). */
    Reply call(String model, String system, String user, String jsonSchema, int maxTokens) {
        ChatResponse response;
        try {
            response = chatModel.call(prompt(model, system, user, jsonSchema, false, maxTokens));
        }
        catch (RuntimeException e) {
            throw classify(e);
        }
        Generation result = response.getResult();
        String text = result == null ? null : result.getOutput().getText();
        return new Reply(text, usage(response), modelName(response, model));
    }

    /** The answer as the model writes it; errors arrive as the SDK raises them, for {@link #classify}. */
    Flux<ChatResponse> stream(String model, String system, String user, int maxTokens) {
        return chatModel.stream(prompt(model, system, user, null, true, maxTokens));
    }

    static String text(ChatResponse response) {
        Generation result = response.getResult();
        return result == null || result.getOutput().getText() == null ? "" : result.getOutput().getText();
    }

    static TokenUsage usage(ChatResponse response) {
        Usage usage = response.getMetadata() == null ? null : response.getMetadata().getUsage();
        if (usage == null) {
            return TokenUsage.NONE;
        }
        return new TokenUsage(nullToZero(usage.getPromptTokens()), nullToZero(usage.getCompletionTokens()));
    }

    static String modelName(ChatResponse response, String asked) {
        String model = response.getMetadata() == null ? null : response.getMetadata().getModel();
        return model == null || model.isBlank() ? asked : model;
    }

    private Prompt prompt(String model, String system, String user, String jsonSchema, boolean streaming,
            int maxTokens) {
        // max_tokens rather than max_completion_tokens: Ollama, vLLM and LM Studio know only the former.
        OpenAiChatOptions.Builder options = OpenAiChatOptions.builder().model(model).maxRetries(0)
                .timeout(properties.requestTimeout()).maxTokens(maxTokens);
        if (streaming) {
            options.streamUsage(true);
        }
        if (jsonSchema != null) {
            switch (properties.responseFormat().toLowerCase(Locale.ROOT)) {
                case "json-schema" -> options.responseFormat(ResponseFormat.builder().jsonSchema(jsonSchema)
                        .strict(false).build());
                case "json-object" -> options.responseFormat(ResponseFormat.builder()
                        .type(ResponseFormat.Type.JSON_OBJECT).build());
                default -> {
                    // "none": the schema in the prompt is all the model gets, for servers that refuse both.
                }
            }
        }
        return new Prompt(List.of(new SystemMessage(system), new UserMessage(user)), options.build());
    }

    /** Sorts an error from the SDK (possibly wrapped by Spring AI or Reactor) into a reason and whether to retry. */
    static ModelFailure classify(Throwable error) {
        if (error instanceof ModelFailure failure) {
            return failure;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InterruptedIOException) {
                return new ModelFailure(Fallback.TIMEOUT, true, "The model did not answer in time", error);
            }
            if (t instanceof OpenAIServiceException service) {
                int status = service.statusCode();
                boolean retryable = status == 429 || status >= 500;
                return new ModelFailure(Fallback.MODEL_ERROR, retryable, "The model endpoint answered " + status,
                        error);
            }
        }
        boolean io = hasCause(error, java.io.IOException.class) || hasCause(error, OpenAIIoException.class);
        return new ModelFailure(Fallback.MODEL_ERROR, io, "The model endpoint could not be used: "
                + error.getClass().getSimpleName(), error);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static long nullToZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
