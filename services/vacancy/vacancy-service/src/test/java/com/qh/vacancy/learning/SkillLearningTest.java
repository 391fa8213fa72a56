package com.qh.vacancy.learning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import java.util.List;
import java.util.Map;
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
 * Learning skills from the market, in the real service on the embedded infrastructure: the scheduled hh.ru sync
 * (on here, at start; WireMock on loopback plays api.hh.ru) reads four vacancies in full, the miner proposes what
 * their employers' key skills add to the taxonomy, and administrators accept, merge and reject, each release put to
 * use by the extractor at once.
 */
@QhServiceTest(properties = {"qh.vacancy.market.sync.enabled=true", "qh.vacancy.market.sync.queries=менеджер",
        "qh.vacancy.market.sync.areas=1", "qh.vacancy.market.sync.pages=1", "qh.vacancy.market.sync.initial-delay=0s",
        "qh.vacancy.market.sync.interval=1h", "qh.vacancy.market.sync.pause=0s"})
class SkillLearningTest {

    static final WireMockServer hh = new WireMockServer(
            WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        hh.start();
        // Stubbed before the service starts: the scheduled sync runs at once.
        hh.stubFor(get(urlPathEqualTo("/hh/vacancies")).willReturn(json("search-project-managers.json")));
        for (String id : List.of("91000001", "91000002", "91000003", "91000004")) {
            hh.stubFor(get(urlPathEqualTo("/hh/vacancies/" + id)).willReturn(json("vacancy-" + id + ".json")));
        }
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

    final UUID adminId = UUID.randomUUID();
    ApiClient admin;
    ApiClient user;
    String releases;

    @BeforeEach
    void signIn() {
        admin = ApiClient.on(port).as(TestUsers.admin(adminId));
        user = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));
        releases = "test.skills.released." + UUID.randomUUID();
        amqp.declareQueue(new Queue(releases, false, false, true));
        amqp.declareBinding(BindingBuilder.bind(new Queue(releases)).to(new TopicExchange("qh.events"))
                .with("skills.released.v1"));
    }

    @Test
    void theScheduledSyncReadsVacanciesInFullAndFeedsTheReviewQueueWithEvidence() {
        JsonNode taskverk = awaitCandidate("Taskverk", "pending", "accepted");

        assertThat(taskverk.path("kind").asString()).isEqualTo("NEW_SKILL");
        assertThat(taskverk.path("vacancies").asInt()).isEqualTo(2);
        assertThat(taskverk.path("namedInDescriptions").asInt()).isEqualTo(2);
        assertThat(taskverk.path("titles").propertyNames()).containsExactlyInAnyOrder("менеджер проектов",
                "руководитель проектов");
        assertThat(taskverk.path("listedWith").propertyNames()).contains("Project management", "Agile");
        assertThat(taskverk.path("professions").path("Руководитель проектов").asInt()).isEqualTo(2);
        assertThat(taskverk.path("proposedCategory").asString()).isNotBlank();
        assertThat(taskverk.path("examples").findValuesAsString("url")).containsExactlyInAnyOrder(
                "https://hh.ru/vacancy/91000001", "https://hh.ru/vacancy/91000002");
        JsonNode visio = awaitCandidate("Программа MS Visio", "pending", "accepted");
        assertThat(visio.path("kind").asString()).isEqualTo("ALIAS");
        assertThat(visio.path("existingSkill").asString()).isEqualTo("Microsoft Visio");
        assertThat(hh.findAll(getRequestedFor(urlPathEqualTo("/hh/vacancies/91000001")))).isNotEmpty();
    }

    @Test
    void aSyncPassReadsAgainOnlyWhatHhRuRepublished() {
        awaitCandidate("Weeek", "pending");
        int reads = hh.findAll(getRequestedFor(urlPathEqualTo("/hh/vacancies/91000001"))).size();

        Reply sync = admin.post("/api/v1/market/sync", null);

        assertThat(sync.status()).as(sync.toString()).isEqualTo(202);
        JsonNode run = await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/api/v1/market/imports").json(),
                runs -> !runs.has("syncRunning") && runs.path("items").get(0) != null
                        && runs.path("items").get(0).path("actor").asString().equals(adminId.toString()))
                .path("items").get(0);
        assertThat(run.path("read").asInt()).isPositive();
        assertThat(run.path("added").asInt() + run.path("updated").asInt()).as("nothing stored again").isZero();
        assertThat(hh.findAll(getRequestedFor(urlPathEqualTo("/hh/vacancies/91000001")))).hasSize(reads);
    }

    @Test
    void acceptingANewSkillMakesAReleaseTheExtractorReadsAtOnceAndAnnouncesIt() {
        String id = awaitCandidate("Taskverk").path("id").asString();
        String text = "Требования: опыт ведения задач в Taskverk";
        assertThat(skills(user.post("/api/v1/vacancies/extract", Map.of("text", text)).json()))
                .doesNotContain("Taskverk");

        Reply accepted = admin.post("/api/v1/admin/skills/candidates/" + id, Map.of("action", "accept",
                "note", "a task tracker Russian teams use"));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonNode candidate = accepted.json();
        String version = candidate.path("releaseVersion").asString();
        assertThat(candidate.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(version).matches("\\d{4}\\.\\d+\\.\\d+\\+\\d+");
        assertThat(candidate.path("decision").path("newSkill").asBoolean()).isTrue();
        assertThat(candidate.path("decision").path("note").asString()).isEqualTo("a task tracker Russian teams use");
        assertThat(skills(user.post("/api/v1/vacancies/extract", Map.of("text", text)).json())).contains("Taskverk");
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> admin.get(
                "/api/v1/market/vacancies?skill=Taskverk").json().findValuesAsString("title"), titles -> titles.size() == 2))
                .as("the market store read again with the release").containsExactlyInAnyOrder("Менеджер проектов",
                        "Руководитель проектов (digital)");
        JsonNode release = release(version);
        assertThat(release.path("changes").get(0).path("skill").asString()).isEqualTo("Taskverk");
        assertThat(release.path("changes").get(0).path("candidateId").asString()).isEqualTo(id);
        assertThat(taxonomyRelease().getOverlayList()).as("what a service starting now applies")
                .anySatisfy(addition -> {
                    assertThat(addition.getSkill()).isEqualTo("Taskverk");
                    assertThat(addition.getNewSkill()).isTrue();
                });
        JsonNode event = awaitRelease(e -> e.path("version").asString().equals(version));
        assertThat(event.path("changes").get(0).path("skill").asString()).isEqualTo("Taskverk");
        assertThat(event.path("overlay").findValuesAsString("skill")).contains("Taskverk");
        Reply again = admin.post("/api/v1/admin/skills/candidates/" + id, Map.of("action", "reject"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("candidate-decided");
    }

    @Test
    void acceptingASpellingGivesItToTheSkillTheMinerNamed() {
        String id = awaitCandidate("Программа MS Visio").path("id").asString();

        JsonNode candidate = admin.post("/api/v1/admin/skills/candidates/" + id, Map.of("action", "accept")).json();

        assertThat(candidate.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(candidate.path("decision").path("skill").asString()).isEqualTo("Microsoft Visio");
        assertThat(candidate.path("decision").path("aliases").values()).extracting(JsonNode::asString)
                .contains("Программа MS Visio");
        JsonNode saved = user.post("/api/v1/vacancies", Map.of("title", "Аналитик", "description", "Схемы процессов.",
                "keySkills", List.of("Программа MS Visio"))).json();
        assertThat(skills(saved.path("requirements"))).contains("Microsoft Visio").doesNotContain("Программа MS Visio");
    }

    @Test
    void mergingGivesTheSpellingsToTheSkillTheAdministratorNames() {
        String id = awaitCandidate("Ексель").path("id").asString();

        Reply merged = admin.post("/api/v1/admin/skills/candidates/" + id, Map.of("action", "merge",
                "skillId", "Эксель"));

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().path("status").asString()).isEqualTo("MERGED");
        assertThat(merged.json().path("decision").path("skill").asString()).isEqualTo("Microsoft Excel");
        assertThat(merged.json().path("decision").path("aliases").values()).extracting(JsonNode::asString)
                .as("one spelling of the words the matcher reads alike").containsExactly("Ексель");
        assertThat(skills(user.post("/api/v1/vacancies/extract", Map.of("text", "Требования: отчёты в Екселе"))
                .json())).contains("Microsoft Excel");
        assertThat(release(merged.json().path("releaseVersion").asString()).path("changes").get(0)
                .path("newSkill").asBoolean()).isFalse();
    }

    @Test
    void aRejectedCandidateStaysOutOfTheQueueWhenTheMarketIsMinedAgain() {
        String id = awaitCandidate("Знание района").path("id").asString();

        Reply rejected = admin.post("/api/v1/admin/skills/candidates/" + id, Map.of("action", "reject",
                "note", "a courier's everyday knowledge, not a skill to match on"));
        Reply mined = admin.post("/api/v1/admin/skills/mining", null);

        assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().path("releaseVersion").isNull()).isTrue();
        assertThat(mined.status()).as(mined.toString()).isEqualTo(200);
        assertThat(mined.json().path("vacancies").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(names(admin.get("/api/v1/admin/skills/candidates?size=100").json())).doesNotContain("Знание района");
        assertThat(names(admin.get("/api/v1/admin/skills/candidates?status=rejected").json()))
                .contains("Знание района");
        assertThat(admin.get("/api/v1/admin/skills/candidates/" + id).json().path("status").asString())
                .isEqualTo("REJECTED");
    }

    @Test
    void answersProblemDocumentsForDecisionsItCannotMake() {
        String id = awaitCandidate("Weeek").path("id").asString();
        String path = "/api/v1/admin/skills/candidates/" + id;

        Reply unknown = admin.post("/api/v1/admin/skills/candidates/" + UUID.randomUUID(), Map.of("action", "reject"));
        Reply badAction = admin.post(path, Map.of("action", "approve"));
        Reply mergeWithoutSkill = admin.post(path, Map.of("action", "merge"));
        Reply mergeIntoNothing = admin.post(path, Map.of("action", "merge", "skillId", "Нет такого навыка"));
        Reply nameTaken = admin.post(path, Map.of("action", "accept", "name", "Agile"));
        Reply badCategory = admin.post(path, Map.of("action", "accept", "category", "Task Trackers"));
        Reply badStatus = admin.get("/api/v1/admin/skills/candidates?status=maybe");
        Reply notAnAdmin = user.post(path, Map.of("action", "reject"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(mergeWithoutSkill.status()).isEqualTo(400);
        assertThat(mergeWithoutSkill.problemType()).isEqualTo("skill-id-required");
        assertThat(mergeIntoNothing.status()).isEqualTo(422);
        assertThat(mergeIntoNothing.problemType()).isEqualTo("unknown-skill");
        assertThat(nameTaken.status()).isEqualTo(422);
        assertThat(nameTaken.problemType()).isEqualTo("skill-exists");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(notAnAdmin.status()).isEqualTo(403);
        assertThat(user.get("/api/v1/admin/skills/releases").status()).isEqualTo(403);
        assertThat(admin.get(path).json().path("status").asString()).as("still waiting").isEqualTo("PENDING");
    }

    @Test
    void readsMoscowAsACityAndMoscowWrittenAsTheMethodAsTheMethod() {
        awaitCandidate("Знание района", "pending", "rejected");

        JsonNode moscow = admin.get("/api/v1/market/vacancies?skill=MoSCoW").json();

        assertThat(moscow.findValuesAsString("title")).containsExactly("Руководитель проектов (digital)");
    }

    @Test
    void describesTheReviewQueueInItsOpenApiDocument() {
        JsonNode document = admin.get("/v3/api-docs").json();

        assertThat(document.get("paths").propertyNames()).contains("/api/v1/admin/skills/candidates",
                "/api/v1/admin/skills/candidates/{id}", "/api/v1/admin/skills/releases",
                "/api/v1/admin/skills/mining");
    }

    /** The release in use as another service reads it: over gRPC on the HTTP port, with a service token. */
    private com.qh.vacancy.api.TaxonomyRelease taxonomyRelease() {
        io.grpc.ManagedChannel channel = io.grpc.Grpc.newChannelBuilder("127.0.0.1:" + port,
                io.grpc.InsecureChannelCredentials.create()).build();
        try {
            io.grpc.Metadata headers = new io.grpc.Metadata();
            headers.put(io.grpc.Metadata.Key.of("authorization", io.grpc.Metadata.ASCII_STRING_MARSHALLER),
                    "Bearer " + TestUsers.service("analysis", "vacancy"));
            return com.qh.vacancy.api.VacanciesGrpc.newBlockingStub(channel)
                    .withInterceptors(io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(headers))
                    .withDeadlineAfter(30, java.util.concurrent.TimeUnit.SECONDS)
                    .getTaxonomyRelease(com.qh.vacancy.api.GetTaxonomyReleaseRequest.getDefaultInstance());
        } finally {
            channel.shutdownNow();
        }
    }

    /** The pending candidate of that name, once the sync's vacancies were mined. */
    private JsonNode awaitCandidate(String name) {
        return awaitCandidate(name, "pending");
    }

    /** The candidate of that name in one of those statuses (tests run in any order, and decide some). */
    private JsonNode awaitCandidate(String name, String... statuses) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> java.util.Arrays.stream(statuses)
                .flatMap(status -> admin.get("/api/v1/admin/skills/candidates?size=100&status=" + status).json()
                        .path("items").valueStream())
                .filter(c -> c.path("name").asString().equals(name)).findFirst().orElse(null), c -> c != null);
    }

    private JsonNode release(String version) {
        JsonNode all = admin.get("/api/v1/admin/skills/releases").json();
        assertThat(all.path("shipped").asString()).isNotBlank();
        return all.path("releases").valueStream().filter(r -> r.path("version").asString().equals(version))
                .findFirst().orElseThrow();
    }

    private JsonNode awaitRelease(Predicate<JsonNode> wanted) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Message message = rabbit.receive(releases);
            return message == null ? null : ApiClient.JSON.readTree(message.getBody());
        }, event -> event != null && wanted.test(event));
    }

    private static List<String> names(JsonNode page) {
        return page.path("items").valueStream().map(c -> c.path("name").asString()).toList();
    }

    private static List<String> skills(JsonNode requirements) {
        return requirements.path("skills").valueStream().map(skill -> skill.path("name").asString()).toList();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String file) {
        try (var in = SkillLearningTest.class.getResourceAsStream("/hh/sync/" + file)) {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
