package com.qh.launcher.analysis;

import static com.qh.launcher.analysis.Seekers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14's explained match through the gateway of the default run: a profile filled in through the profile API
 * and a vacancy pasted into the vacancy API, put side by side by the analysis service, which reads both over gRPC.
 * The answer explains itself (evidence for what the profile has, the missing must listed); an uploaded resume can
 * stand in for the profile; another user's vacancy and a request without one are refused with problem documents.
 */
@ExtendWith(RunningPlatform.class)
class MatchEndToEndTest {

    static final String MATCH = "/api/v1/analysis/match";

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void explainsTheMatchOfAProfileAgainstAPastedVacancy() {
        User seeker = Seekers.javaDeveloper(platform);
        String vacancyId = Seekers.saveJavaVacancy(platform, seeker);

        Answer answer = match(seeker, "{\"vacancyId\":\"" + vacancyId + "\",\"language\":\"en\"}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode match = answer.json();
        assertThat(match.path("score").asInt()).isBetween(40, 99);
        assertThat(match.path("parts").path("skills").asInt()).isBetween(1, 99);
        JsonNode java = line(match, "Java");
        assertThat(java.path("importance").asString()).isEqualTo("MUST");
        assertThat(java.path("status").asString()).isEqualTo("MET");
        assertThat(java.path("evidence")).isNotEmpty().anySatisfy(evidence -> {
            assertThat(evidence.path("section").asString()).isNotBlank();
            assertThat(evidence.path("text").asString()).isNotBlank();
        });
        JsonNode kubernetes = line(match, "Kubernetes");
        assertThat(kubernetes.path("importance").asString()).isEqualTo("MUST");
        assertThat(kubernetes.path("status").asString()).isEqualTo("MISSING");
        assertThat(kubernetes.path("evidence")).isEmpty();
        assertThat(match.path("missingSkills").get(0).asString()).isEqualTo("Kubernetes");
        List<String> importances = new ArrayList<>();
        match.path("requirements").forEach(line -> importances.add(line.path("importance").asString()));
        assertThat(importances).isSortedAccordingTo((a, b) -> a.equals(b) ? 0 : a.equals("MUST") ? -1 : 1);
        assertThat(match.path("recommendations")).isNotEmpty()
                .allSatisfy(advice -> assertThat(advice.path("en").asString()).isNotBlank());
    }

    @Test
    void matchesAnUploadedResumeInsteadOfTheProfile() {
        User seeker = Seekers.javaDeveloper(platform);
        String vacancyId = Seekers.saveJavaVacancy(platform, seeker);
        Answer uploaded = platform.send(platform.upload("/api/v1/documents?kind=RESUME_UPLOAD", "resume.txt",
                "text/plain", ResumeFilesEndToEndTest.englishResume(platform), seeker.accessToken()));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String documentId = uploaded.json().path("id").asString();

        Answer answer = match(seeker, "{\"vacancyId\":\"%s\",\"documentId\":\"%s\"}".formatted(vacancyId,
                documentId));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode match = answer.json();
        assertThat(match.path("documentId").asString()).isEqualTo(documentId);
        // The resume lists Kubernetes, which the profile does not: it is met here, with evidence from the file.
        JsonNode kubernetes = line(match, "Kubernetes");
        assertThat(kubernetes.path("status").asString()).isEqualTo("MET");
        assertThat(kubernetes.path("evidence")).anySatisfy(evidence -> assertThat(evidence.path("entryId")
                .asString()).matches("(work|skills)-\\d+"));

        User stranger = platform.signUp();
        String strangersVacancy = Seekers.saveJavaVacancy(platform, stranger);
        assertProblem(match(stranger, "{\"vacancyId\":\"%s\",\"documentId\":\"%s\"}".formatted(strangersVacancy,
                documentId)), 404, "not-found");
    }

    @Test
    void refusesAnotherUsersVacancyAndARequestWithoutOne() {
        User owner = platform.signUp();
        String ownersVacancy = Seekers.saveJavaVacancy(platform, owner);
        User seeker = Seekers.javaDeveloper(platform);

        assertProblem(match(seeker, "{\"vacancyId\":\"" + ownersVacancy + "\"}"), 404, "not-found");
        Answer missing = match(seeker, "{\"language\":\"en\"}");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .contains("vacancyId");
        assertThat(match(null, "{\"vacancyId\":\"" + ownersVacancy + "\"}").status()).isEqualTo(401);
    }

    private static Answer match(User user, String body) {
        return platform.send(platform.json("POST", MATCH, body, user == null ? null : user.accessToken()));
    }

    static JsonNode line(JsonNode match, String requirement) {
        for (JsonNode line : match.path("requirements")) {
            if (line.path("requirement").asString().equals(requirement)) {
                return line;
            }
        }
        throw new AssertionError("No requirement line " + requirement + " in " + match);
    }
}
