package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A person fills in every section of their profile through the gateway, exports it as JSON Resume, and a second
 * account imports that file and ends up with the same resume.
 */
@ExtendWith(RunningPlatform.class)
class ProfileThroughGatewayTest {

    /** The profile service's copy of the JSON Resume 1.2.1 schema. */
    private static final String JSON_RESUME_SCHEMA =
            "services/profile/profile-service/src/test/resources/jsonresume/schema.json";

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void fillsEverySectionExportsJsonResumeAndAnotherAccountImportsTheSame() throws Exception {
        User ada = platform.signUp();
        String etag = "\"v0\"";
        etag = write(ada, "PUT", "/api/v1/profile/personal", Map.of(
                "firstName", Map.of("en", "Ada", "ru", "Ада"), "lastName", Map.of("en", "Lovelace", "ru", "Лавлейс"),
                "headline", Map.of("en", "Analyst"), "website", "https://ada.example.org",
                "contacts", Map.of("email", "ada@example.org", "phone", "+44 20 7946 0958"),
                "location", Map.of("countryCode", "GB", "city", Map.of("en", "London")),
                "links", new Object[] { Map.of("network", "GitHub", "username", "ada",
                        "url", "https://github.com/ada") }), etag, 200);
        etag = write(ada, "PUT", "/api/v1/profile/summary", Map.of("primaryLanguage", "en",
                "summary", Map.of("en", "Mathematician who wrote the first published program.")), etag, 200);
        Map<String, Object> entries = Map.ofEntries(
                Map.entry("experience", Map.of("employer", Map.of("en", "Analytical Engine Ltd"),
                        "position", Map.of("en", "Programmer"), "startDate", "1842-01", "endDate", "1843-09",
                        "highlights", new Object[] { Map.of("en", "Wrote 1 algorithm for Bernoulli numbers") })),
                Map.entry("education", Map.of("institution", Map.of("en", "Private tutoring"),
                        "area", Map.of("en", "Mathematics"), "studyType", Map.of("en", "Tutoring"))),
                Map.entry("skills", Map.of("name", "Mathematics", "level", "Master", "keywords",
                        new String[] { "Analysis" })),
                Map.entry("languages", Map.of("language", "English", "fluency", "Native speaker")),
                Map.entry("certificates", Map.of("name", Map.of("en", "Member of the London Mathematical Society"),
                        "date", "1840")),
                Map.entry("awards", Map.of("title", Map.of("en", "Recognition"), "date", "1953",
                        "awarder", Map.of("en", "B. V. Bowden"))),
                Map.entry("projects", Map.of("name", Map.of("en", "Note G"), "description",
                        Map.of("en", "The first computer program"), "startDate", "1842", "endDate", "1843")),
                Map.entry("publications", Map.of("name", Map.of("en", "Sketch of the Analytical Engine"),
                        "publisher", Map.of("en", "Taylor's Scientific Memoirs"), "releaseDate", "1843")),
                Map.entry("volunteering", Map.of("organization", Map.of("en", "Royal Institution"),
                        "position", Map.of("en", "Attendee"))),
                Map.entry("interests", Map.of("name", Map.of("en", "Poetical science"))),
                Map.entry("references", Map.of("name", "Charles Babbage", "reference",
                        Map.of("en", "The Enchantress of Numbers"))));
        for (Map.Entry<String, Object> entry : entries.entrySet()) {
            etag = write(ada, "POST", "/api/v1/profile/" + entry.getKey(), entry.getValue(), etag, 201);
        }

        Answer exported = platform.send(platform.request("GET",
                "/api/v1/profile/export?format=json-resume&language=en", ada.accessToken()));
        assertThat(exported.status()).isEqualTo(200);
        JsonNode resume = exported.json();
        for (String section : new String[] { "basics", "work", "education", "skills", "languages", "certificates",
                "awards", "projects", "publications", "volunteer", "interests", "references" }) {
            assertThat(resume.has(section)).as(section).isTrue();
        }
        assertThat(resume.at("/basics/phone").asString()).isEqualTo("+442079460958");
        JsonNode schema = RunningPlatform.JSON.readTree(Files.readString(
                platform.platform().settings().projectRoot().resolve(Path.of(JSON_RESUME_SCHEMA))));
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(schema.toString(), InputFormat.JSON).validate(resume.toString(), InputFormat.JSON))
                .isEmpty();

        User grace = platform.signUp();
        Answer imported = platform.send(platform.json("POST",
                "/api/v1/profile/import?format=json-resume&language=en&dryRun=false", resume.toString(),
                grace.accessToken()).header("If-Match", "\"v0\""));
        assertThat(imported.status()).isEqualTo(200);
        Answer reexported = platform.send(platform.request("GET",
                "/api/v1/profile/export?format=json-resume&language=en", grace.accessToken()));
        assertThat(reexported.json()).isEqualTo(resume);
        assertThat(platform.send(platform.request("GET", "/api/v1/profile/experience", grace.accessToken())).json())
                .hasSize(1);
        assertThat(platform.send(platform.request("GET", "/api/v1/profile/experience", ada.accessToken())).json()
                .get(0).get("id").asString())
                .isNotEqualTo(platform.send(platform.request("GET", "/api/v1/profile/experience",
                        grace.accessToken())).json().get(0).get("id").asString());
    }

    @Test
    void keepsOneUsersEntriesFromAnother() {
        User owner = platform.signUp();
        User stranger = platform.signUp();
        Answer added = platform.send(platform.json("POST", "/api/v1/profile/skills", "{\"name\":\"Java\"}",
                owner.accessToken()).header("If-Match", "\"v0\""));
        String path = "/api/v1/profile/skills/" + added.json().get("id").asString();

        assertThat(platform.send(platform.request("GET", path, stranger.accessToken())).status()).isEqualTo(404);
        assertThat(platform.send(platform.request("GET", path, null)).status()).isEqualTo(401);
        assertThat(platform.send(platform.request("GET", path, owner.accessToken())).status()).isEqualTo(200);
    }

    private static String write(User user, String method, String path, Object body, String etag, int expected) {
        Answer answer = platform.send(platform.json(method, path, RunningPlatform.JSON.writeValueAsString(body),
                user.accessToken()).header("If-Match", etag));
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
        return answer.headers().firstValue("ETag").orElseThrow();
    }
}
