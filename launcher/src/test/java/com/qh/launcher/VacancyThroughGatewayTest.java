package com.qh.launcher;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A job seeker brings vacancies in through the gateway in the default run: one from hh.ru (WireMock plays its API)
 * and one from a career page with JSON-LD, imports the hh.ru one again, tracks an application, and is refused an
 * internal address. Another account cannot see any of it.
 */
@ExtendWith(RunningPlatform.class)
class VacancyThroughGatewayTest {

    private static final String FIXTURES = "services/vacancy/vacancy-service/src/test/resources/";

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) throws Exception {
        platform = running;
        stub("/hh/vacancies/98765432", "application/json", "hh/vacancy-current.json");
        stub("/hh/areas/1", "application/json", "hh/area-1.json");
        stub("/hh/areas/113", "application/json", "hh/area-113.json");
        stub("/careers/data-engineer", "text/html; charset=utf-8", "pages/greenhouse-graph.html");
    }

    @Test
    void importsFromHhAndAJobPageTracksAnApplicationAndKeepsItPrivate() {
        User seeker = platform.signUp();

        Answer fromHh = importUrl(seeker, "https://hh.ru/vacancy/98765432");
        assertThat(fromHh.status()).as(fromHh.toString()).isEqualTo(201);
        JsonNode vacancy = fromHh.json();
        assertThat(vacancy.path("salary").path("currency").asString()).isEqualTo("RUB");
        assertThat(vacancy.path("location").path("country").asString()).isEqualTo("Россия");
        assertThat(vacancy.path("requirements").path("skills").toString()).contains("Apache Kafka", "Spring Boot");
        String id = vacancy.path("id").asString();

        Answer fromPage = importUrl(seeker, "http://127.0.0.1:" + platform.web().port() + "/careers/data-engineer");
        assertThat(fromPage.status()).as(fromPage.toString()).isEqualTo(201);
        assertThat(fromPage.json().path("company").asString()).isEqualTo("Northwind Analytics");

        Answer again = importUrl(seeker, "https://hh.ru/vacancy/98765432");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(id);

        Answer tracked = platform.send(platform.json("POST", "/api/v1/vacancies/" + id + "/tracker",
                "{\"status\":\"APPLIED\",\"note\":\"Откликнулась через hh.ru\"}", seeker.accessToken()));
        assertThat(tracked.json().path("status").asString()).isEqualTo("APPLIED");
        Answer list = platform.send(platform.request("GET", "/api/v1/vacancies", seeker.accessToken()));
        assertThat(list.json().path("total").asInt()).isEqualTo(2);

        Answer internal = importUrl(seeker, "http://localhost:" + platform.web().port() + "/careers/data-engineer");
        assertThat(internal.status()).isEqualTo(422);
        assertThat(internal.json().path("type").asString()).endsWith("/blocked-address");

        User stranger = platform.signUp();
        assertThat(platform.send(platform.request("GET", "/api/v1/vacancies/" + id, stranger.accessToken())).status())
                .isEqualTo(404);
        assertThat(platform.send(platform.request("GET", "/api/v1/vacancies", null)).status()).isEqualTo(401);
    }

    private static Answer importUrl(User user, String url) {
        return platform.send(platform.json("POST", "/api/v1/vacancies/import", "{\"url\":\"" + url + "\"}",
                user.accessToken()));
    }

    private static void stub(String path, String contentType, String fixture) throws Exception {
        Path file = platform.platform().settings().projectRoot().resolve(FIXTURES + fixture);
        platform.web().stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", contentType).withBody(Files.readString(file))));
    }
}
