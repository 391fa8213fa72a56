package com.qh.launcher.analysis;

import static com.qh.launcher.analysis.Seekers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14's tone and wording through the gateway of the default run: pasted resume lines in Russian and in English,
 * their language found by the service, answered with sentiment, formality, confidence, readability and findings
 * whose character offsets point at the words they name; a blank text is a 400 problem.
 */
@ExtendWith(RunningPlatform.class)
class ToneEndToEndTest {

    static final String TONE = "/api/v1/analysis/tone";

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void findsWeakVerbsAndClichesInRussianText() {
        User seeker = platform.signUp();
        String text = "Участвовал в разработке мобильного приложения. Коммуникабельный, стрессоустойчивый.";

        JsonNode report = tone(seeker, text);

        assertThat(report.path("language").asString()).isEqualTo("ru");
        assertThat(report.path("languageDetected").asBoolean()).isTrue();
        assertFinding(report, text, "WEAK_VERB", "Участвовал");
        assertFinding(report, text, "CLICHE", "стрессоустойчив");
        assertScales(report);
    }

    @Test
    void findsWeakVerbsFirstPersonAndUnquantifiedClaimsInEnglishText() {
        User seeker = platform.signUp();
        String text = "I was responsible for the billing system. Improved the performance of our reports.";

        JsonNode report = tone(seeker, text);

        assertThat(report.path("language").asString()).isEqualTo("en");
        assertFinding(report, text, "FIRST_PERSON", "I");
        assertFinding(report, text, "WEAK_VERB", "responsible for");
        assertFinding(report, text, "NO_NUMBERS", "Improved");
        assertScales(report);

        assertProblem(platform.send(platform.json("POST", TONE, "{\"text\":\"  \"}", seeker.accessToken())), 400,
                "validation");
    }

    private static JsonNode tone(User user, String text) {
        Answer answer = platform.send(platform.json("POST", TONE,
                RunningPlatform.JSON.writeValueAsString(Map.of("text", text)), user.accessToken()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** A finding of the type whose offsets cut, from the text sent, a span containing {@code words}. */
    private static void assertFinding(JsonNode report, String text, String type, String words) {
        assertThat(report.path("findings")).as(report.toString()).anySatisfy(finding -> {
            assertThat(finding.path("type").asString()).isEqualTo(type);
            String span = text.substring(finding.path("start").asInt(), finding.path("end").asInt());
            assertThat(span).isEqualTo(finding.path("text").asString()).contains(words);
            assertThat(finding.path("suggestion").asString()).isNotBlank();
        });
    }

    private static void assertScales(JsonNode report) {
        assertThat(report.path("sentiment").path("label").asString()).isIn("POSITIVE", "NEUTRAL", "NEGATIVE");
        assertThat(report.path("sentiment").path("score").asDouble()).isBetween(-1.0, 1.0);
        assertThat(report.path("formality").path("label").asString()).isIn("LOW", "MEDIUM", "HIGH");
        assertThat(report.path("confidence").path("label").asString()).isIn("LOW", "MEDIUM", "HIGH");
        assertThat(report.path("readability").path("score").asDouble()).isBetween(0.0, 100.0);
    }
}
