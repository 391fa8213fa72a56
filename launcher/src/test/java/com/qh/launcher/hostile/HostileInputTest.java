package com.qh.launcher.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile-input suite (issue 21): what an attacker on the same network would send to the default run, through
 * the gateway, to every service. Each case is a row of a table ({@link HostileCase}); every answer must be a 4xx
 * problem document or correct handling, and never a 5xx, a hang, a stack trace or another user's data
 * ({@link #everyAnswer}). The areas' tables are in {@link IdorCases}, {@link RightsCases}, {@link TokenCases},
 * {@link JsonCases}, {@link UploadCases}, {@link SsrfCases}, {@link HeaderCases}, {@link MarkupCases} and
 * {@link FlowCases}.
 *
 * <p>At the end one line goes to standard output for CI: {@code Hostile-input suite: N cases run, N refused as
 * expected, N failures}.
 */
@ExtendWith(RunningPlatform.class)
class HostileInputTest {

    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (com|org|java|jdk|sun|tools)\\.[\\w.$]+\\(|Exception\\b|\\.java:\\d+\\)|\\bCaused by:");
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger FAILED = new AtomicInteger();

    static Scene scene;

    @BeforeAll
    static void scene(RunningPlatform platform) throws Exception {
        scene = new Scene(platform);
    }

    @AfterAll
    static void summary() {
        System.out.printf("Hostile-input suite: %d cases run, %d refused as expected, %d failures%n", RUN.get(),
                PASSED.get(), FAILED.get());
    }

    @TestFactory
    Stream<DynamicTest> anotherUsersResourcesAreNotFound() {
        return run(IdorCases.cases());
    }

    @TestFactory
    Stream<DynamicTest> adminAndInternalEndpointsNeedTheirRights() {
        return run(RightsCases.cases());
    }

    @TestFactory
    Stream<DynamicTest> forgedExpiredAndRevokedTokensAreRefusedEverywhere() {
        return run(TokenCases.cases());
    }

    @TestFactory
    Stream<DynamicTest> malformedAndOversizedBodiesAreRefused() {
        return run(JsonCases.cases());
    }

    @TestFactory
    Stream<DynamicTest> hostileUploadsAreRefusedOrDefused() {
        return run(UploadCases.cases());
    }

    @TestFactory
    Stream<DynamicTest> importsNeverReachInternalAddresses() {
        return run(SsrfCases.cases());
    }

    @TestFactory
    Stream<DynamicTest> injectedAndSpoofedHeadersChangeNothing() {
        return run(HeaderCases.cases());
    }

    @TestFactory
    Stream<DynamicTest> storedMarkupComesBackInert() {
        return run(MarkupCases.cases());
    }

    @TestFactory
    Stream<DynamicTest> guessedAndReusedFlowTokensGrantNothing() {
        return run(FlowCases.cases());
    }

    /** The table itself: names are unique (they key {@link KnownFailures}), 150 cases at least, every service. */
    @org.junit.jupiter.api.Test
    void coversEveryServiceWithUniquelyNamedCases() {
        List<HostileCase> all = Stream.of(IdorCases.cases(), RightsCases.cases(), TokenCases.cases(),
                JsonCases.cases(), UploadCases.cases(), SsrfCases.cases(), HeaderCases.cases(), MarkupCases.cases(),
                FlowCases.cases()).flatMap(List::stream).toList();

        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all).extracting(HostileCase::displayName).doesNotHaveDuplicates();
        assertThat(all).extracting(HostileCase::area).contains("auth", "profile", "vacancy", "document",
                "notification", "analysis", "gateway");
    }

    private static Stream<DynamicTest> run(List<HostileCase> cases) {
        return cases.stream().map(hostile -> DynamicTest.dynamicTest(hostile.displayName(), () -> {
            KnownFailures.reason(hostile.displayName()).ifPresent(Assumptions::abort);
            RUN.incrementAndGet();
            try {
                Answer answer = hostile.probe().apply(scene);
                everyAnswer(answer);
                hostile.expect().check(answer, scene);
                PASSED.incrementAndGet();
            }
            catch (Throwable failure) {
                FAILED.incrementAndGet();
                throw new AssertionError(hostile.displayName() + " -> " + failure.getMessage(), failure);
            }
        }));
    }

    /**
     * What any answer must be: no server error, no stack trace or exception name, never an HTML page, always
     * {@code nosniff}; and a refusal is an RFC 9457 problem document whose {@code status} is the HTTP status.
     */
    static void everyAnswer(Answer answer) {
        String brief = Expect.brief(answer);
        assertThat(answer.status()).as("no server error: %s", brief).isBetween(100, 499);
        assertThat(STACK_TRACE.matcher(answer.body()).find()).as("a stack trace or exception in %s", brief).isFalse();
        assertThat(answer.contentType().toLowerCase(Locale.ROOT)).as("Content-Type of %s", brief)
                .doesNotContain("text/html");
        assertThat(answer.headers().firstValue("X-Content-Type-Options").orElse(""))
                .as("X-Content-Type-Options of %s", brief).isEqualToIgnoringCase("nosniff");
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as("Content-Type of %s", brief).startsWith("application/problem+json");
            assertThat(answer.json()).as("a problem document: %s", brief).isNotNull();
            assertThat(answer.json().path("type").asString("")).as("type of %s", brief).isNotBlank();
            assertThat(answer.json().path("title").asString("")).as("title of %s", brief).isNotBlank();
            assertThat(answer.json().path("status").asInt()).as("status of %s", brief).isEqualTo(answer.status());
        }
    }
}
