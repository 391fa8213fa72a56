package com.qh.ai.internal;

import com.qh.ai.AiBudgetSpentException;
import com.qh.ai.Fallback;
import com.qh.ai.Generated;
import com.qh.ai.GenerationTask;
import com.qh.ai.Generator;
import com.qh.ai.OfflineGenerator;
import com.qh.ai.Origin;
import com.qh.ai.TokenUsage;
import com.qh.ai.internal.AnswerValidator.InvalidAnswerException;
import com.qh.ai.internal.ModelClient.ModelFailure;
import com.qh.ai.internal.ModelClient.Reply;
import com.qh.ai.internal.PromptLibrary.Prompt;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.model.ChatResponse;

/**
 * The generator with a model: checks the user's budget, asks the model (one retry with backoff on a timeout, a 5xx,
 * a 429, a lost connection or an invalid answer, all behind one circuit breaker), validates the answer, records the
 * tokens used, and falls back to the task's offline engine whenever the model does not give a usable answer.
 */
final class ModelGenerator implements Generator {

    private static final Logger log = LoggerFactory.getLogger(ModelGenerator.class);

    private final AiProperties properties;
    private final ModelClient client;
    private final PromptLibrary prompts;
    private final AnswerValidator validator = new AnswerValidator();
    private final AuthBudget budget;
    private final UsageLedger ledger;
    private final String service;
    private final Clock clock;
    private final CircuitBreaker breaker;
    private final Retry retry;

    ModelGenerator(AiProperties properties, ModelClient client, PromptLibrary prompts, AuthBudget budget,
            UsageLedger ledger, String service, Clock clock) {
        this.properties = properties;
        this.client = client;
        this.prompts = prompts;
        this.budget = budget;
        this.ledger = ledger;
        this.service = service;
        this.clock = clock;
        AiProperties.CircuitBreaker settings = properties.circuitBreaker();
        this.breaker = CircuitBreaker.of("qh-ai-model", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.windowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.openFor())
                // A model that answers badly is reachable: that is for the retry and the fallback, not the breaker.
                .ignoreExceptions(InvalidAnswerException.class)
                .build());
        this.breaker.getEventPublisher().onStateTransition(event -> log.warn("AI model circuit breaker: {}",
                event.getStateTransition()));
        this.retry = Retry.of("qh-ai-model", RetryConfig.custom()
                .maxAttempts(2)
                .waitDuration(properties.retryBackoff())
                .retryOnException(e -> e instanceof InvalidAnswerException
                        || e instanceof ModelFailure failure && failure.retryable())
                .build());
    }

    @Override
    public boolean modelEnabled(String feature) {
        return properties.enabledFor(feature);
    }

    /** The circuit breaker's state, for tests and health reporting. */
    CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    @Override
    public <T> Generated<T> generate(GenerationTask<T> task) {
        if (!modelEnabled(task.feature())) {
            return offline(task, Fallback.FEATURE_DISABLED, "The model is switched off for " + task.feature() + ".",
                    TokenUsage.NONE);
        }
        if (!admitted(task)) {
            return offline(task, Fallback.BUDGET_UNAVAILABLE, "auth's AI allowance could not be read.",
                    TokenUsage.NONE);
        }
        Prompt prompt = prompts.get(task.feature(), task.language());
        String model = properties.modelFor(task.feature());
        Messages messages = messages(task, prompt);
        AtomicReference<TokenUsage> spent = new AtomicReference<>(TokenUsage.NONE);
        AtomicReference<String> answeredBy = new AtomicReference<>(model);
        Supplier<T> attempt = () -> {
            Reply reply = client.call(model, messages.system(), messages.user(), task.jsonSchema());
            spent.accumulateAndGet(reply.usage(), TokenUsage::plus);
            answeredBy.set(reply.model());
            return read(task, reply.text());
        };
        try {
            T value = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, attempt)).get();
            record(task, answeredBy.get(), spent.get());
            return Generated.model(value, answeredBy.get(), spent.get(), prompt.version());
        }
        catch (CallNotPermittedException e) {
            return offline(task, Fallback.CIRCUIT_OPEN, "The model failed repeatedly; it is not asked for a while.",
                    spent.get());
        }
        catch (InvalidAnswerException e) {
            record(task, answeredBy.get(), spent.get());
            return offline(task, Fallback.INVALID_ANSWER, e.getMessage(), spent.get());
        }
        catch (ModelFailure e) {
            record(task, answeredBy.get(), spent.get());
            return offline(task, e.reason(), e.getMessage(), spent.get());
        }
        catch (RuntimeException e) {
            ModelFailure failure = ModelClient.classify(e);
            record(task, answeredBy.get(), spent.get());
            return offline(task, failure.reason(), failure.getMessage(), spent.get());
        }
    }

    @Override
    public Generated<String> stream(GenerationTask<String> task, Consumer<String> onText) {
        if (!modelEnabled(task.feature())) {
            return offlineStream(task, onText, Fallback.FEATURE_DISABLED, "The model is switched off for "
                    + task.feature() + ".", TokenUsage.NONE);
        }
        if (!admitted(task)) {
            return offlineStream(task, onText, Fallback.BUDGET_UNAVAILABLE, "auth's AI allowance could not be read.",
                    TokenUsage.NONE);
        }
        Prompt prompt = prompts.get(task.feature(), task.language());
        String model = properties.modelFor(task.feature());
        Messages messages = messages(task, prompt);
        TokenUsage spent = TokenUsage.NONE;
        for (int attempt = 1; ; attempt++) {
            if (!breaker.tryAcquirePermission()) {
                return offlineStream(task, onText, Fallback.CIRCUIT_OPEN,
                        "The model failed repeatedly; it is not asked for a while.", spent);
            }
            StringBuilder text = new StringBuilder();
            AtomicReference<TokenUsage> usage = new AtomicReference<>(TokenUsage.NONE);
            AtomicReference<String> answeredBy = new AtomicReference<>(model);
            long start = System.nanoTime();
            try {
                client.stream(model, messages.system(), messages.user()).doOnNext(response -> {
                    String piece = ModelClient.text(response);
                    TokenUsage reported = ModelClient.usage(response);
                    if (reported.total() > 0) {
                        usage.set(reported);
                    }
                    answeredBy.set(ModelClient.modelName(response, model));
                    if (!piece.isEmpty()) {
                        text.append(piece);
                        deliver(onText, piece);
                    }
                }).blockLast();
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                spent = spent.plus(usage.get());
                if (text.isEmpty()) {
                    if (attempt == 1) {
                        pause();
                        continue;
                    }
                    record(task, answeredBy.get(), spent);
                    return offlineStream(task, onText, Fallback.INVALID_ANSWER, "The model's answer was empty",
                            spent);
                }
                record(task, answeredBy.get(), spent);
                return Generated.model(text.toString(), answeredBy.get(), spent, prompt.version());
            }
            catch (ClientGone gone) {
                // The reader left: the endpoint did nothing wrong, and what it wrote so far is paid for.
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                spent = spent.plus(usage.get());
                record(task, answeredBy.get(), spent);
                return new Generated<>(text.toString(), Origin.MODEL, Fallback.NONE, "The client stopped reading.",
                        answeredBy.get(), spent, prompt.version());
            }
            catch (RuntimeException e) {
                ModelFailure failure = ModelClient.classify(e);
                breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
                spent = spent.plus(usage.get());
                if (!text.isEmpty()) {
                    record(task, answeredBy.get(), spent);
                    return new Generated<>(text.toString(), Origin.MODEL, Fallback.MODEL_ERROR,
                            failure.getMessage() + "; the stream ended early.", answeredBy.get(), spent,
                            prompt.version());
                }
                if (attempt == 1 && failure.retryable()) {
                    pause();
                    continue;
                }
                record(task, answeredBy.get(), spent);
                return offlineStream(task, onText, failure.reason(), failure.getMessage(), spent);
            }
        }
    }

    private record Messages(String system, String user) {
    }

    private Messages messages(GenerationTask<?> task, Prompt prompt) {
        QuotedBlocks quotes = QuotedBlocks.fresh();
        StringBuilder system = new StringBuilder(prompt.system(task.variables())).append("\n\n").append(quotes.rule());
        StringBuilder user = new StringBuilder(prompt.user(task.variables()));
        String quoted = quotes.render(task.quoted());
        if (!quoted.isEmpty()) {
            user.append("\n\n").append(quoted);
        }
        if (!task.prose()) {
            system.append("\n\nAnswer with one JSON object and nothing else: no Markdown, no comments.");
            user.append("\n\nThe answer must be one JSON object valid against this JSON schema:\n")
                    .append(task.jsonSchema());
        }
        return new Messages(system.toString(), user.toString());
    }

    @SuppressWarnings("unchecked")
    private <T> T read(GenerationTask<T> task, String answer) {
        if (task.prose()) {
            if (answer == null || answer.isBlank()) {
                throw new InvalidAnswerException("The model's answer was empty");
            }
            return (T) answer.strip();
        }
        return validator.read(answer, task.jsonSchema(), task.resultType());
    }

    /**
     * Checks the user's allowance before the model is asked. A spent budget is the caller's 429; an allowance that
     * cannot be read means the model is not used (nothing unmetered), so the offline engine answers.
     */
    private boolean admitted(GenerationTask<?> task) {
        if (budget == null || !properties.budget().enabled() || task.userId() == null) {
            return true;
        }
        AuthBudget.Allowance allowance;
        try {
            allowance = budget.allowance(task.userId());
        }
        catch (RuntimeException e) {
            log.warn("AI allowance of user {} could not be read from auth ({}); answering offline", task.userId(),
                    e.getMessage());
            return false;
        }
        if (allowance.remaining() <= 0) {
            throw new AiBudgetSpentException(allowance.budget(), allowance.used(), allowance.day(), clock.instant());
        }
        return true;
    }

    private void record(GenerationTask<?> task, String model, TokenUsage usage) {
        if (ledger == null || !properties.budget().enabled() || task.userId() == null || usage.total() == 0) {
            return;
        }
        ledger.record(new AuthBudget.Usage(task.userId(), service, task.feature(), model, usage.promptTokens(),
                usage.completionTokens()));
    }

    private <T> Generated<T> offline(GenerationTask<T> task, Fallback why, String detail, TokenUsage spent) {
        if (why != Fallback.FEATURE_DISABLED) {
            log.warn("AI feature {} answered offline: {} ({})", task.feature(), why, detail);
        }
        return Generated.offline(task.offline().get(), why, detail, spent);
    }

    private Generated<String> offlineStream(GenerationTask<String> task, Consumer<String> onText, Fallback why,
            String detail, TokenUsage spent) {
        Generated<String> answer = offline(task, why, detail, spent);
        OfflineGenerator.emitInParagraphs(answer.value(), piece -> deliver(onText, piece));
        return answer;
    }

    private static void deliver(Consumer<String> onText, String piece) {
        try {
            onText.accept(piece);
        }
        catch (RuntimeException e) {
            throw new ClientGone(e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.retryBackoff());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The consumer of a stream threw: the reader is gone. */
    private static final class ClientGone extends RuntimeException {

        ClientGone(Throwable cause) {
            super(cause);
        }
    }
}
