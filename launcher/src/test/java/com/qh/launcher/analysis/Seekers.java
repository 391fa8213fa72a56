package com.qh.launcher.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.util.List;
import java.util.Map;

/**
 * What the analysis end-to-end tests need before they can ask anything: a job seeker whose profile (one Java job,
 * three listed skills) and one saved vacancy (pasted text asking for Java, Spring Boot, PostgreSQL and Kubernetes)
 * went in through the profile and vacancy APIs, and the checks every refusal gets.
 */
final class Seekers {

    /** A backend vacancy as a user pastes it: Kubernetes is the one requirement the profile below lacks. */
    static final String JAVA_VACANCY = """
            Java Developer
            Northwind Payments builds the payment platform of a retail bank.

            Requirements:
            - 3+ years of commercial experience with Java
            - Spring Boot
            - PostgreSQL
            - Kubernetes

            Nice to have:
            - Apache Kafka
            """;

    private Seekers() {
    }

    /** A new user with a Java developer's profile. */
    static User javaDeveloper(RunningPlatform platform) {
        User seeker = platform.signUp();
        String etag = write(platform, seeker, "PUT", "/api/v1/profile/summary", Map.of("primaryLanguage", "en",
                "summary", Map.of("en", "Backend developer building payment services.")), "\"v0\"", 200);
        etag = write(platform, seeker, "POST", "/api/v1/profile/experience", Map.of(
                "employer", Map.of("en", "Acme Payments"), "position", Map.of("en", "Java Developer"),
                "startDate", "2018-01",
                "highlights", List.of(Map.of("en", "Built a payment service in Java and Spring Boot on PostgreSQL "
                        + "handling 2,000 requests a second"))), etag, 201);
        for (String skill : List.of("Java", "Spring Boot", "PostgreSQL")) {
            etag = write(platform, seeker, "POST", "/api/v1/profile/skills", Map.of("name", skill), etag, 201);
        }
        return seeker;
    }

    /** Saves {@link #JAVA_VACANCY} for the user by pasting its text; its id. */
    static String saveJavaVacancy(RunningPlatform platform, User seeker) {
        Answer saved = platform.send(platform.json("POST", "/api/v1/vacancies/import",
                RunningPlatform.JSON.writeValueAsString(Map.of("text", JAVA_VACANCY)), seeker.accessToken()));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        return saved.json().path("id").asString();
    }

    /** An RFC 9457 problem document of the given status and type (the last segment of its URI). */
    static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString()).startsWith("https://qh.dev/problems/").endsWith("/" + type);
        assertThat(answer.json().path("detail").asString()).isNotBlank();
    }

    private static String write(RunningPlatform platform, User user, String method, String path, Object body,
            String etag, int expected) {
        Answer answer = platform.send(platform.json(method, path, RunningPlatform.JSON.writeValueAsString(body),
                user.accessToken()).header("If-Match", etag));
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
        return answer.headers().firstValue("ETag").orElseThrow();
    }
}
