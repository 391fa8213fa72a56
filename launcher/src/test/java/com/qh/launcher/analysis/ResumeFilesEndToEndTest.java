package com.qh.launcher.analysis;

import static com.qh.launcher.analysis.Seekers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.Payloads;
import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14's uploaded-resume half through the gateway of the default run: a resume file sent as multipart is parsed
 * into fields (a PDF with a text layer and a plain-text file) and given an ATS score with findings; a Windows program
 * named {@code resume.pdf} is refused by its content, not taken by its name.
 */
@ExtendWith(RunningPlatform.class)
class ResumeFilesEndToEndTest {

    static final String PARSE = "/api/v1/analysis/resumes/parse";
    static final String ATS = "/api/v1/analysis/ats";

    /** Anna Smith's resume (the analysis service's test resume) as a one-column PDF. */
    static final List<String> PDF_RESUME = List.of(
            "Anna Smith",
            "Senior Java Developer",
            "anna.smith@example.org | +44 20 7946 0958 | London",
            "",
            "Summary",
            "Backend developer with 7 years of Java and Spring Boot.",
            "",
            "Experience",
            "Senior Java Developer, Acme Payments, 03/2019 - present",
            "- Built a payment service in Java 17 and Spring Boot handling 2,000 requests a second",
            "- Moved 40 services to Kubernetes in 6 months",
            "",
            "Java Developer, Globex, 01/2016 - 02/2019",
            "- Developed REST APIs with Spring and PostgreSQL for 3 banks",
            "",
            "Education",
            "BSc Computer Science, University of Leeds, 2015",
            "",
            "Skills",
            "Java, Spring Boot, PostgreSQL, Kafka, Docker, Kubernetes",
            "",
            "Languages",
            "English - native; Russian - B1");

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void parsesAnUploadedPdfAndTextResumeIntoFields() {
        User seeker = platform.signUp();

        Answer pdf = platform.send(platform.upload(PARSE, "anna-smith.pdf", "application/pdf",
                TextPdf.of(PDF_RESUME), seeker.accessToken()));
        Answer text = platform.send(platform.upload(PARSE, "anna-smith.txt", "text/plain", englishResume(platform),
                seeker.accessToken()));

        for (Answer answer : List.of(pdf, text)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode parsed = answer.json();
            assertThat(parsed.path("contacts").path("email").path("value").asString())
                    .isEqualTo("anna.smith@example.org");
            assertThat(parsed.path("contacts").path("email").path("confidence").asDouble()).isPositive();
            assertThat(parsed.path("experience")).hasSize(2);
            JsonNode current = parsed.path("experience").get(0);
            assertThat(current.path("company").path("value").asString()).isEqualTo("Acme Payments");
            assertThat(current.path("title").path("value").asString()).isEqualTo("Senior Java Developer");
            assertThat(current.path("current").asBoolean()).isTrue();
            assertThat(parsed.path("skills").valueStream().map(skill -> skill.path("name").asString()))
                    .contains("Java", "PostgreSQL", "Kubernetes");
            assertThat(parsed.path("jsonResume").path("basics").path("email").asString())
                    .isEqualTo("anna.smith@example.org");
        }
        assertThat(pdf.json().path("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(pdf.json().path("pages").asInt()).isEqualTo(1);
    }

    @Test
    void checksAnUploadedResumeForApplicantTrackingSystems() {
        User seeker = platform.signUp();

        Answer answer = platform.send(platform.upload(ATS, "anna-smith.pdf", "application/pdf",
                TextPdf.of(PDF_RESUME), seeker.accessToken()));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode ats = answer.json();
        assertThat(ats.path("score").asInt()).isBetween(50, 100);
        assertThat(ats.path("facts").path("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(ats.path("facts").path("pages").asInt()).isEqualTo(1);
        assertThat(ats.path("facts").path("fontsNotEmbedded")).isEmpty();
        List<String> codes = ats.path("findings").valueStream().map(f -> f.path("code").asString()).toList();
        assertThat(codes).doesNotContain("NO_TEXT_LAYER", "NO_EMAIL", "NO_EXPERIENCE_HEADING", "NO_SKILLS_HEADING");
        // About 90 words: too short for a resume, said with its penalty in both languages.
        assertThat(ats.path("findings")).anySatisfy(finding -> {
            assertThat(finding.path("code").asString()).isEqualTo("TOO_SHORT");
            assertThat(finding.path("penalty").asInt()).isPositive();
            assertThat(finding.path("en").asString()).isNotBlank();
            assertThat(finding.path("ru").asString()).isNotBlank();
        });
    }

    @Test
    void refusesAProgramNamedLikeAPdfByItsContent() {
        User seeker = platform.signUp();

        for (String path : List.of(PARSE, ATS)) {
            Answer answer = platform.send(platform.upload(path, "resume.pdf", "application/pdf",
                    Payloads.executable(), seeker.accessToken()));
            assertProblem(answer, 415, "unsupported-document-type");
        }
        assertThat(platform.send(platform.upload(ATS, "anna-smith.pdf", "application/pdf", TextPdf.of(PDF_RESUME),
                null)).status()).isEqualTo(401);
    }

    /** The analysis service's own test resume, one file for its tests and these. */
    static byte[] englishResume(RunningPlatform platform) {
        try {
            return Files.readAllBytes(platform.platform().settings().projectRoot().resolve(
                    "services/analysis/analysis-service/src/test/resources/resume/anna-smith-en.txt"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
