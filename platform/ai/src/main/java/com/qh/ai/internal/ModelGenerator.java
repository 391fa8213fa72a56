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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** Fewer answer tokens than this left in the budget: no answer worth having fits, so the model is not asked. */
    static final int MIN_USEFUL_ANSWER = 200;
    /** Characters per token assumed to estimate a prompt's tokens before it is sent (English ~4, Russian ~3). */
    private static final int CHARS_PER_TOKEN = 3;
    /** Tokens the chat format adds around the two messages. */
    private static final int MESSAGE_OVERHEAD = 16;

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
        Admission admission = admit(task);
        if (admission == null) {
            return offline(task, Fallback.BUDGET_UNAVAILABLE, "auth's AI allowance could not be read.",
                    TokenUsage.NONE);
        }
        Prompt prompt = prompts.get(task.feature(), task.language());
        String model = properties.modelFor(task.feature());
        Messages messages = messages(task, prompt);
        AtomicReference<TokenUsage> spent = new AtomicReference<>(TokenUsage.NONE);
        AtomicReference<String> answeredBy = new AtomicReference<>(model);
        AtomicInteger limit = new AtomicInteger(firstLimit(task, admission, messages));
        Supplier<T> call = CircuitBreaker.decorateSupplier(breaker, () -> {
            Reply reply = client.call(model, messages.system(), messages.user(), task.jsonSchema(), limit.get());
            spent.accumulateAndGet(reply.usage(), TokenUsage::plus);
            answeredBy.set(reply.model());
            return read(task, reply.text());
        });
        Supplier<T> attempt = () -> {
            if (!spent.get().equals(TokenUsage.NONE)) {
                // A retry: what the failed try cost is gone from the budget too.
                limit.set(retryLimit(task, admission, messages, spent.get()));
            }
            return call.get();
        };
        try {
            T value = Retry.decorateSupplier(retry, attempt).get();
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
        Admission admission = admit(task);
        if (admission == null) {
            return offlineStream(task, onText, Fallback.BUDGET_UNAVAILABLE, "auth's AI allowance could not be read.",
                    TokenUsage.NONE);
        }
        Prompt prompt = prompts.get(task.feature(), task.language());
        String model = properties.modelFor(task.feature());
        Messages messages = messages(task, prompt);
        TokenUsage spent = TokenUsage.NONE;
        int limit = firstLimit(task, admission, messages);
        for (int attempt = 1; ; attempt++) {
            if (attempt > 1) {
                try {
                    limit = retryLimit(task, admission, messages, spent);
                }
                catch (ModelFailure tooLittleLeft) {
                    record(task, model, spent);
                    return offlineStream(task, onText, tooLittleLeft.reason(), tooLittleLeft.getMessage(), spent);
                }
            }
            if (!breaker.tryAcquirePermission()) {
                return offlineStream(task, onText, Fallback.CIRCUIT_OPEN,
                        "The model failed repeatedly; it is not asked for a while.", spent);
            }
            StringBuilder text = new StringBuilder();
            AtomicReference<TokenUsage> usage = new AtomicReference<>(TokenUsage.NONE);
            AtomicReference<String> answeredBy = new AtomicReference<>(model);
            long start = System.nanoTime();
            try {
                client.stream(model, messages.system(), messages.user(), limit).doOnNext(response -> {
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

    record Messages(String system, String user) {
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
     * The user's allowance as read before the model is asked; {@code allowance} is null when the call is not metered
     * (no user, or budgets off).
     */
    private record Admission(AuthBudget.Allowance allowance) {

        static final Admission UNMETERED = new Admission(null);
    }

    /**
     * Checks the user's allowance before the model is asked. A spent budget is the caller's 429; an allowance that
     * cannot be read (auth down, no service token) returns null: the model is not used (nothing unmetered), so the
     * offline engine answers.
     */
    private Admission admit(GenerationTask<?> task) {
        if (budget == null || !properties.budget().enabled() || task.userId() == null) {
            return Admission.UNMETERED;
        }
        AuthBudget.Allowance allowance;
        try {
            allowance = budget.allowance(task.userId());
        }
        catch (RuntimeException e) {
            log.warn("AI allowance of user {} could not be read from auth ({}); answering offline", task.userId(),
                    e.getMessage());
            return null;
        }
        if (allowance.remaining() <= 0) {
            throw spent(allowance);
        }
        return new Admission(allowance);
    }

    /**
     * The answer's token limit for the first try: the feature's cap, lowered to what is left of the user's budget
     * once the prompt is paid for. Too little left for a useful answer is the caller's 429, as a spent budget is.
     */
    private int firstLimit(GenerationTask<?> task, Admission admission, Messages messages) {
        long limit = limit(task, admission, messages, TokenUsage.NONE);
        if (limit < MIN_USEFUL_ANSWER) {
            throw spent(admission.allowance());
        }
        return (int) limit;
    }

    /** The limit for the retry, after the failed try's tokens; too little left ends the tries (offline answers). */
    private int retryLimit(GenerationTask<?> task, Admission admission, Messages messages, TokenUsage spent) {
        long limit = limit(task, admission, messages, spent);
        if (limit < MIN_USEFUL_ANSWER) {
            throw new ModelFailure(Fallback.BUDGET_UNAVAILABLE, false, "What is left of today's AI budget does not "
                    + "fit another try", null);
        }
        return (int) limit;
    }

    private long limit(GenerationTask<?> task, Admission admission, Messages messages, TokenUsage spent) {
        int cap = properties.maxTokensFor(task.feature());
        if (admission.allowance() == null) {
            return cap;
        }
        long left = admission.allowance().remaining() - spent.total() - promptEstimate(messages);
        return Math.min(cap, left);
    }

    /** A rough count of the prompt's tokens, erring high, since the real count is only known after the call. */
    static long promptEstimate(Messages messages) {
        long chars = messages.system().length() + messages.user().length();
        return (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN + MESSAGE_OVERHEAD;
    }

    private AiBudgetSpentException spent(AuthBudget.Allowance allowance) {
        return new AiBudgetSpentException(allowance.budget(), allowance.used(), allowance.day(), clock.instant());
    }

    private void record(GenerationTask<?> task, String model, TokenUsage usage) {
        if (ledger == null || !properties.budget().enabled() || task.userId() == null || usage.total() == 0) {
            return;
        }
        ledger.record(new AuthBudget.Usage(UUID.randomUUID(), task.userId(), service, task.feature(), model, usage.promptTokens(),
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
