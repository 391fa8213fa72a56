package com.qh.ai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import com.qh.ai.factcheck.Evidence;
import com.qh.ai.factcheck.FactChecker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Relays a streamed draft to a browser as server-sent events from a Spring MVC controller:
 *
 * <pre>{@code
 * @GetMapping(path = "/letters/{id}/draft", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
 * SseEmitter draft(@PathVariable UUID id, AuthenticatedUser user) {
 *     return SseDrafts.relay(generator, letters.draftTask(id, user));
 * }
 * }</pre>
 *
 * Events: {@code text} ({@code {"text":"..."}}, a piece to append) as the model writes, then one {@code done} with
 * {@code origin}, {@code fallback}, {@code model} and the token counts. Offline the text comes in one event per
 * paragraph.
 * <p>
 * The pieces are the model's text before any fact check. Relayed with a checker
 * ({@link #relay(Generator, GenerationTask, FactChecker, Evidence)}), {@code done} also carries {@code checked: true},
 * the checked {@code text} (without the sentences holding unsupported claims) and {@code unsupported}, a list of
 * {@code {start, end, span, kind, reason}} over the text as streamed: the client then replaces the streamed draft with
 * {@code text} and may show the claims as warnings. Without a checker the streamed text is all there is. A spent budget that is known before anything is sent is thrown from {@code relay} itself, so the caller
 * gets the 429 problem; a failure after the stream started ends it with an {@code error} event.
 */
public final class SseDrafts {

    private static final Logger log = LoggerFactory.getLogger(SseDrafts.class);

    /** How long {@code relay} waits for the first piece, to turn an early budget refusal into a real 429. */
    private static final Duration FIRST_PIECE_WAIT = Duration.ofSeconds(5);

    private SseDrafts() {
    }

    /** Starts the draft on a virtual thread and returns the emitter the controller hands to Spring MVC. */
    public static SseEmitter relay(Generator generator, GenerationTask<String> task) {
        return relay(generator, task, Duration.ofMinutes(5));
    }

    /** As {@link #relay(Generator, GenerationTask)}, with the emitter's own timeout. */
    public static SseEmitter relay(Generator generator, GenerationTask<String> task, Duration timeout) {
        return relay(generator, task, timeout, null);
    }

    /**
     * As {@link #relay(Generator, GenerationTask)}, fact-checking the finished text against the profile (and the
     * vacancy's company and role): {@code done} carries the checked text and the unsupported claims.
     */
    public static SseEmitter relay(Generator generator, GenerationTask<String> task, FactChecker checker,
            Evidence evidence) {
        return relay(generator, task, answer -> CheckedText.of(answer, checker, evidence));
    }

    /** As {@link #relay(Generator, GenerationTask, FactChecker, Evidence)}, with any check of the finished text. */
    public static SseEmitter relay(Generator generator, GenerationTask<String> task,
            Function<Generated<String>, CheckedText> check) {
        return relay(generator, task, Duration.ofMinutes(5), check);
    }

    /** The relay with its emitter's timeout and an optional check of the finished text ({@code null}: none). */
    public static SseEmitter relay(Generator generator, GenerationTask<String> task, Duration timeout,
            Function<Generated<String>, CheckedText> check) {
        return relay(generator, task, timeout, check, null);
    }

    /**
     * The relay with a step of the caller's after the check: {@code finish} gets the answer and the checked text
     * ({@code null} without a check), may act on them (save the draft as a letter), and its fields are added to the
     * {@code done} event ({@code null}: none). If it fails, the stream ends with an {@code error} event
     * ({@code type}, {@code detail}; a problem's own when the failure is one) instead of {@code done}.
     */
    public static SseEmitter relay(Generator generator, GenerationTask<String> task, Duration timeout,
            Function<Generated<String>, CheckedText> check,
            BiFunction<Generated<String>, CheckedText, Map<String, ?>> finish) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread.ofVirtual().name("qh-ai-sse").start(() -> {
            try {
                Generated<String> answer = generator.stream(task, piece -> {
                    started.complete(null);
                    send(emitter, "text", Map.of("text", piece));
                });
                started.complete(null);
                CheckedText checked = check == null ? null : check.apply(answer);
                Map<String, Object> done = summary(answer, checked);
                if (finish != null) {
                    done.putAll(finish.apply(answer, checked));
                }
                send(emitter, "done", done);
                emitter.complete();
            }
            catch (AiBudgetSpentException e) {
                if (!started.completeExceptionally(e)) {
                    sendQuietly(emitter, "error", Map.of("type", e.type().toString(), "detail", e.detail()));
                    emitter.complete();
                }
            }
            catch (UncheckedIOException e) {
                started.complete(null);
                emitter.completeWithError(e);
            }
            catch (RuntimeException e) {
                if (started.complete(null)) {
                    emitter.completeWithError(e);
                    return;
                }
                // Text was sent, so the status line is gone: the failure travels as an event.
                if (e instanceof ErrorResponse problem) {
                    sendQuietly(emitter, "error", Map.of("type", String.valueOf(problem.getBody().getType()),
                            "detail", String.valueOf(problem.getBody().getDetail())));
                }
                else {
                    log.error("A streamed draft failed after it started", e);
                    sendQuietly(emitter, "error", Map.of("type", "https://qh.dev/problems/internal",
                            "detail", "The draft could not be finished; try again."));
                }
                emitter.complete();
            }
        });
        try {
            started.get(FIRST_PIECE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof AiBudgetSpentException spent) {
                throw spent;
            }
        }
        catch (TimeoutException e) {
            // Slow first piece: the events follow once it comes.
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return emitter;
    }

    private static Map<String, Object> summary(Generated<String> answer, CheckedText checked) {
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("origin", answer.origin().name());
        done.put("fallback", answer.fallback().name());
        done.put("model", answer.model());
        done.put("promptTokens", answer.usage().promptTokens());
        done.put("completionTokens", answer.usage().completionTokens());
        if (checked != null) {
            done.put("checked", true);
            done.put("text", checked.text());
            List<Map<String, Object>> unsupported = checked.check().unsupported().stream().map(claim -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("start", claim.start());
                item.put("end", claim.end());
                item.put("span", claim.span());
                item.put("kind", claim.kind().name());
                item.put("reason", claim.reason());
                return item;
            }).toList();
            done.put("unsupported", unsupported);
        }
        return done;
    }

    private static void send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        }
        catch (IOException e) {
            throw new UncheckedIOException("The client stopped reading the stream", e);
        }
    }

    private static void sendQuietly(SseEmitter emitter, String name, Object data) {
        try {
            send(emitter, name, data);
        }
        catch (UncheckedIOException e) {
            // The client is gone; nothing to tell it.
        }
    }
}
