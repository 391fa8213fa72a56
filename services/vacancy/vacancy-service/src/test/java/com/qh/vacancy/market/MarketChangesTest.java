package com.qh.vacancy.market;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code vacancy.market-changed.v1} on the embedded broker: one event per import or sync pass, after it, with its
 * counts, and none when nothing was stored. WireMock on loopback plays hh.ru's search API for the sync.
 */
@QhServiceTest(properties = {"qh.vacancy.fetch.allowed-hosts=127.0.0.1", "qh.vacancy.market.sync.queries=сварщик",
        "qh.vacancy.market.sync.areas=3", "qh.vacancy.market.sync.pages=1"})
class MarketChangesTest {

    static final WireMockServer hh = new WireMockServer(
            WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        hh.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("qh.vacancy.hh.base-url", () -> "http://127.0.0.1:" + hh.port() + "/hh");
    }

    @AfterAll
    static void stop() {
        hh.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin amqp;

    ApiClient admin;
    String queue;

    @BeforeEach
    void listen() {
        admin = ApiClient.on(port).as(TestUsers.admin(UUID.randomUUID()));
        queue = "test.vacancy.market-changed." + UUID.randomUUID();
        amqp.declareQueue(new Queue(queue, false, false, true));
        amqp.declareBinding(BindingBuilder.bind(new Queue(queue)).to(new TopicExchange("qh.events"))
                .with("vacancy.market-changed.v1"));
    }

    @Test
    void announcesAnImportOnceWithItsCountsAndAgainAsUpdates() {
        byte[] file = weldersExport("810");

        Reply first = admin.upload("/api/v1/market/import", "welders.csv", "text/csv", file);
        JsonNode added = awaitEvent(event -> event.path("added").asInt() == 3);
        Reply again = admin.upload("/api/v1/market/import", "welders.csv", "text/csv", file);
        JsonNode updated = awaitEvent(event -> event.path("updated").asInt() == 3);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(added.path("origin").asString()).isEqualTo("import");
        assertThat(added.path("read").asInt()).isEqualTo(4);
        assertThat(added.path("updated").asInt()).isZero();
        assertThat(added.path("skipped").asInt()).isEqualTo(1);
        assertThat(added.path("eventId").asString()).isNotBlank();
        assertThat(added.path("occurredAt").asString()).isNotBlank();
        assertThat(updated.path("added").asInt()).isZero();
        assertThat(updated.path("eventId").asString()).isNotEqualTo(added.path("eventId").asString());
    }

    @Test
    void announcesNothingWhenAnImportStoredNothing() {
        Reply nothing = admin.upload("/api/v1/market/import", "empty.csv", "text/csv",
                "id,title,city\n1,,Москва\n".getBytes(StandardCharsets.UTF_8));
        Reply marker = admin.upload("/api/v1/market/import", "marker.csv", "text/csv",
                "id,title,city\n820001,Маркер,Москва\n".getBytes(StandardCharsets.UTF_8));

        JsonNode first = awaitEvent(event -> true);

        assertThat(nothing.json().path("skipped").asInt()).isEqualTo(1);
        assertThat(marker.status()).isEqualTo(200);
        assertThat(first.path("read").asInt()).as("the empty import sent nothing before the marker").isEqualTo(1);
        assertThat(first.path("added").asInt()).isEqualTo(1);
    }

    @Test
    void runsASyncPassInTheBackgroundOneAtATimeAndAnnouncesWhatItStored() {
        // hh.ru answers slowly, so the pass is still running when it is asked for again.
        hh.stubFor(get(urlPathEqualTo("/hh/vacancies")).willReturn(aResponse().withStatus(200).withFixedDelay(1500)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody("""
                        {"pages": 1, "items": [
                          {"id": "830001", "name": "Сварщик", "area": {"id": "3", "name": "Екатеринбург"},
                           "salary": {"from": 90000, "to": 120000, "currency": "RUR", "gross": true}},
                          {"id": "830002", "name": "Сварщик НАКС", "area": {"id": "3", "name": "Екатеринбург"},
                           "salary": {"from": 110000, "currency": "RUR", "gross": false}}]}""")));

        Reply sync = admin.post("/api/v1/market/sync", null);
        Reply again = admin.post("/api/v1/market/sync", null);
        Reply meanwhile = admin.get("/api/v1/market/imports");
        JsonNode event = awaitEvent(e -> e.path("origin").asString().equals("sync"));

        assertThat(sync.status()).as(sync.toString()).isEqualTo(202);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().path("type").asString()).isEqualTo("https://qh.dev/problems/sync-running");
        assertThat(meanwhile.json().path("syncRunning").path("since").asString()).isNotBlank();
        assertThat(event.path("read").asInt()).isEqualTo(2);
        assertThat(event.path("added").asInt() + event.path("updated").asInt()).isEqualTo(2);
        assertThat(event.path("skipped").asInt()).isZero();
        JsonNode run = await().atMost(Duration.ofSeconds(10)).until(() -> admin.get("/api/v1/market/imports").json(),
                runs -> !runs.has("syncRunning")).path("items");
        assertThat(find(run, "сварщик (areas 3)").path("origin").asString()).isEqualTo("sync");
        assertThat(find(run, "сварщик (areas 3)").path("read").asInt()).isEqualTo(2);
    }

    @Test
    void keepsEveryRunForAdministratorsWithItsCountsProblemsAndFailure() {
        UUID adminId = UUID.randomUUID();
        ApiClient named = ApiClient.on(port).as(TestUsers.admin(adminId));
        named.upload("/api/v1/market/import", "welders-run.csv", "text/csv", weldersExport("840"));
        Reply broken = named.upload("/api/v1/market/import", "broken.json", "application/json",
                "[{\"id\": \"840101\", \"name\": \"Сварщик\"}, {\"id\": ".getBytes(StandardCharsets.UTF_8));

        Reply runs = named.get("/api/v1/market/imports?size=100");
        Reply forUsers = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID())).get("/api/v1/market/imports");

        assertThat(broken.status()).as(broken.toString()).isEqualTo(422);
        assertThat(runs.status()).as(runs.toString()).isEqualTo(200);
        JsonNode file = find(runs.json().path("items"), "welders-run.csv");
        assertThat(file.path("origin").asString()).isEqualTo("import");
        assertThat(file.path("actor").asString()).isEqualTo(adminId.toString());
        assertThat(file.path("read").asInt()).isEqualTo(4);
        assertThat(file.path("added").asInt() + file.path("updated").asInt()).isEqualTo(3);
        assertThat(file.path("skipped").asInt()).isEqualTo(1);
        assertThat(file.path("problems").get(0).asString()).contains("line 5").contains("no id or name");
        assertThat(file.has("failure")).isFalse();
        assertThat(Duration.between(java.time.Instant.parse(file.path("startedAt").asString()),
                java.time.Instant.parse(file.path("finishedAt").asString())).isNegative()).isFalse();
        JsonNode failed = find(runs.json().path("items"), "broken.json");
        assertThat(failed.path("read").asInt()).isEqualTo(1);
        assertThat(failed.path("failure").asString()).contains("not valid JSON after record 1");
        assertThat(runs.json().path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(forUsers.status()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode runs, String source) {
        for (JsonNode run : runs) {
            if (run.path("source").asString().equals(source)) {
                return run;
            }
        }
        throw new AssertionError("no run of " + source + " in " + runs);
    }

    /** Three usable welders and one row without a title, in hh.ru's data-set export columns. */
    private static byte[] weldersExport(String idPrefix) {
        return ("""
                id,title,city,experience,employment,schedule,salary_from,salary_to,salary_currency,salary_gross
                %1$s001,Сварщик-аргонщик,Екатеринбург,between1And3,full,fullDay,90000,120000,RUR,1
                %1$s002,Сварщик полуавтомата,Екатеринбург,noExperience,full,shift,70000,,RUR,0
                %1$s003,Сварщик НАКС,Пермь,between3And6,full,fullDay,,150000,RUR,1
                %1$s004,,Пермь,between3And6,full,fullDay,,150000,RUR,1
                """).formatted(idPrefix).getBytes(StandardCharsets.UTF_8);
    }

    /** The first event on this test's queue that matches; others (from other tests' imports) are passed over. */
    private JsonNode awaitEvent(Predicate<JsonNode> wanted) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Message message = rabbit.receive(queue);
            return message == null ? null : ApiClient.JSON.readTree(message.getBody());
        }, event -> event != null && wanted.test(event));
    }
}
