package com.qh.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.auth.api.UserDeleted;
import com.qh.platform.crypto.FieldEncryptor;
import com.qh.profile.erasure.Reencryption;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The profile service over HTTP on the embedded infrastructure, with tokens signed like auth's. The context has two
 * field-encryption keys, "old" and the active "new", as during a rotation.
 */
@QhServiceTest(properties = {
        "qh.crypto.active-key=new",
        "qh.crypto.keys.old=" + ProfileServiceTest.OLD_KEY,
        "qh.crypto.keys.new=" + ProfileServiceTest.NEW_KEY })
class ProfileServiceTest {

    static final String OLD_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final String NEW_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin amqp;

    UUID userId;
    ApiClient api;

    @BeforeEach
    void signIn() {
        userId = UUID.randomUUID();
        api = ApiClient.on(port).as(TestUsers.user(userId));
    }

    @Test
    void startsEmptyAtVersionZero() {
        Reply profile = api.get("/api/v1/profile");

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.etag()).isEqualTo("\"v0\"");
        assertThat(profile.json().get("primaryLanguage").asString()).isEqualTo("en");
        assertThat(profile.json().get("experience")).isEmpty();
    }

    @Test
    void savesTheWholeProfileWithThePhoneInE164AndPersonalDataEncrypted() {
        Reply saved = api.ifMatch("\"v0\"").put("/api/v1/profile", Fixtures.javaDeveloperRuEn());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.etag()).isEqualTo("\"v1\"");
        assertThat(saved.json().at("/personal/contacts/phone").asString()).isEqualTo("+79161234567");
        assertThat(saved.json().at("/experience/0/id").asString()).isNotBlank();
        String stored = jdbc.queryForObject("select personal from profile where user_id = ?", String.class, userId);
        assertThat(stored).startsWith("enc:v1:new:").doesNotContain("9161234567").doesNotContain("Sokolova");
        assertThat(api.get("/api/v1/profile").json()).isEqualTo(saved.json());
    }

    @Test
    void answersAConditionalReadOfAnUnchangedProfileWithNotModified() {
        String etag = api.ifMatch("\"v0\"").put("/api/v1/profile", Fixtures.javaDeveloperRuEn()).etag();

        Reply unchanged = api.ifNoneMatch(etag).get("/api/v1/profile");
        api.ifMatch(etag).put("/api/v1/profile/summary", Map.of("primaryLanguage", "ru"));
        Reply changed = api.ifNoneMatch(etag).get("/api/v1/profile");

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.etag()).isEqualTo(etag);
        assertThat(unchanged.hasBody()).isFalse();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"v2\"");
    }

    @Test
    void refusesWritesWithoutOrWithAStaleETag() {
        api.ifMatch("\"v0\"").put("/api/v1/profile/summary", Map.of("primaryLanguage", "en",
                "summary", Map.of("en", "First")));

        Reply withoutETag = api.put("/api/v1/profile/summary", Map.of("primaryLanguage", "en"));
        Reply stale = api.ifMatch("\"v0\"").put("/api/v1/profile/summary", Map.of("primaryLanguage", "en", "summary",
                Map.of("en", "Second tab")));

        assertThat(withoutETag.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).endsWith("/profile-changed");
        assertThat(stale.json().get("currentETag").asString()).isEqualTo("\"v1\"");
        assertThat(api.get("/api/v1/profile/summary").json().at("/summary/en").asString()).isEqualTo("First");
    }

    @Test
    void refusesTextItCannotStoreAsTheCallersMistakeNotAsAStaleVersion() {
        Reply nul = api.ifMatch("\"v0\"").post("/api/v1/profile/skills", Map.of("name", "Kot\u0000lin"));

        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("type").asString()).endsWith("/unstorable-text");
        // Personal data is stored encrypted, where PostgreSQL would not notice the NUL itself.
        Reply nulInPersonal = api.ifMatch("\"v0\"").put("/api/v1/profile/personal",
                Map.of("firstName", Map.of("en", "Eve\u0000")));
        assertThat(nulInPersonal.status()).isEqualTo(400);
        assertThat(nulInPersonal.json().get("type").asString()).endsWith("/unstorable-text");
        assertThat(api.get("/api/v1/profile").etag()).isEqualTo("\"v0\"");
    }

    @Test
    void addsReadsReplacesAndRemovesEntries() {
        Reply added = api.ifMatch("\"v0\"").post("/api/v1/profile/skills", Map.of("name", "Kotlin",
                "level", "Advanced"));
        String id = added.json().get("id").asString();

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.location()).isEqualTo("/api/v1/profile/skills/" + id);
        assertThat(api.get("/api/v1/profile/skills/" + id).json().get("name").asString()).isEqualTo("Kotlin");

        Reply replaced = api.ifMatch(added.etag()).put("/api/v1/profile/skills/" + id, Map.of("name", "Kotlin",
                "level", "Expert", "keywords", new String[] { "Coroutines" }));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/profile/skills").json().get(0).get("level").asString()).isEqualTo("Expert");

        assertThat(api.ifMatch(replaced.etag()).delete("/api/v1/profile/skills/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/profile/skills/" + id).status()).isEqualTo(404);
    }

    @Test
    void neverShowsOrChangesAnotherUsersEntries() {
        Reply added = api.ifMatch("\"v0\"").post("/api/v1/profile/skills", Map.of("name", "Kotlin"));
        String path = "/api/v1/profile/skills/" + added.json().get("id").asString();
        ApiClient stranger = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));

        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.ifMatch("\"v0\"").put(path, Map.of("name", "Stolen")).status()).isEqualTo(404);
        assertThat(stranger.ifMatch("\"v0\"").delete(path).status()).isEqualTo(404);
        assertThat(api.get(path).json().get("name").asString()).isEqualTo("Kotlin");
    }

    @Test
    void answersInvalidEntriesWithFieldErrors() {
        Reply endsEarly = api.ifMatch("\"v0\"").post("/api/v1/profile/experience", Map.of("employer",
                Map.of("en", "Acme"), "position", Map.of("en", "Dev"), "startDate", "2022-05", "endDate", "2021-01"));
        Reply badUrlAndEmail = api.ifMatch("\"v0\"").put("/api/v1/profile/personal", Map.of("website", "not a url",
                "contacts", Map.of("email", "nobody")));
        Reply badPhone = api.ifMatch("\"v0\"").put("/api/v1/profile/personal", Map.of("contacts",
                Map.of("phone", "12")));
        Reply unknownSection = api.get("/api/v1/profile/hobbies");
        Reply notJson = api.ifMatch("\"v0\"").post("/api/v1/profile/skills", "{\"name\":");
        Reply wrongEnum = api.ifMatch("\"v0\"").put("/api/v1/profile/summary", Map.of("primaryLanguage", "de"));

        assertThat(endsEarly.status()).isEqualTo(400);
        assertThat(endsEarly.errorFields()).containsExactly("endDate");
        assertThat(badUrlAndEmail.status()).isEqualTo(400);
        assertThat(badUrlAndEmail.errorFields()).containsExactlyInAnyOrder("website", "contacts.email");
        assertThat(badPhone.status()).isEqualTo(422);
        assertThat(badPhone.errorFields()).containsExactly("personal.contacts.phone");
        assertThat(unknownSection.status()).isEqualTo(404);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(wrongEnum.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/profile").etag()).isEqualTo("\"v0\"");
    }

    @Test
    void importsAJsonResumeAfterADryRunAndExportsTheSameDocument() {
        JsonNode resume = Fixtures.veraSokolovaResume();

        Reply dryRun = api.post("/api/v1/profile/import?format=json-resume&language=en", resume);
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.json().get("changes").findValuesAsString("section")).contains("personal", "experience",
                "skills", "projects");
        // Each change carries what it adds, so the person sees entries, not counts, before accepting.
        JsonNode firstJob = null;
        for (JsonNode change : dryRun.json().get("changes")) {
            if ("experience".equals(change.path("section").asString()) && change.path("index").asInt() == 0) {
                firstJob = change;
            }
        }
        assertThat(firstJob).isNotNull();
        assertThat(firstJob.path("action").asString()).isEqualTo("ADDED");
        assertThat(firstJob.has("before")).isFalse();
        assertThat(firstJob.path("after").path("employer").path("en").asString())
                .isEqualTo(resume.path("work").get(0).path("name").asString());
        assertThat(firstJob.path("after").has("id")).isFalse();
        assertThat(api.get("/api/v1/profile").etag()).isEqualTo("\"v0\"");

        Reply applied = api.ifMatch("\"v0\"")
                .post("/api/v1/profile/import?format=json-resume&language=en&dryRun=false", resume);
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.etag()).isEqualTo("\"v1\"");

        Reply exported = api.get("/api/v1/profile/export?format=json-resume&language=en");
        assertThat(exported.json()).isEqualTo(resume);
        assertThat(Fixtures.schemaErrors(Fixtures.jsonResumeSchema(), exported.json())).isEmpty();
    }

    @Test
    void exportsTheNativeFormatValidAgainstItsPublishedSchemaAndReimportsIt() {
        api.ifMatch("\"v0\"").put("/api/v1/profile", Fixtures.javaDeveloperRuEn());
        JsonNode exported = api.get("/api/v1/profile/export?format=native").json();
        JsonNode schema = api.get("/api/v1/profile/schema").json();

        assertThat(exported.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(Fixtures.schemaErrors(schema, exported)).isEmpty();

        ApiClient other = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));
        Reply imported = other.ifMatch("\"v0\"").post("/api/v1/profile/import?format=native&dryRun=false", exported);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(other.get("/api/v1/profile").json()).isEqualTo(exported.get("profile"));
    }

    @Test
    void reportsWhatIsMissing() {
        api.ifMatch("\"v0\"").put("/api/v1/profile", Fixtures.javaDeveloperRuEn());

        JsonNode full = api.get("/api/v1/profile/completeness").json();
        JsonNode empty = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID())).get("/api/v1/profile/completeness")
                .json();

        assertThat(full.get("score").asInt()).isGreaterThan(90);
        assertThat(empty.get("score").asInt()).isZero();
        assertThat(empty.get("findings").findValuesAsString("advice")).isNotEmpty();
    }

    @Test
    void describesEveryEndpointWithExamplesInItsOpenApiDocument() {
        JsonNode document = ApiClient.on(port).get("/v3/api-docs").json();

        assertThat(document.get("paths").propertyNames()).contains("/api/v1/profile", "/api/v1/profile/personal",
                "/api/v1/profile/{section}", "/api/v1/profile/{section}/{id}", "/api/v1/profile/completeness",
                "/api/v1/profile/export", "/api/v1/profile/import", "/api/v1/profile/schema");
        assertThat(document.at("/components/schemas/Experience/example").isMissingNode()).isFalse();
        assertThat(document.at("/components/schemas/Personal/example").isMissingNode()).isFalse();
    }

    @Test
    void announcesEveryChange() {
        String queue = "test.profile-updated." + UUID.randomUUID();
        amqp.declareQueue(new Queue(queue, false, false, true));
        amqp.declareBinding(BindingBuilder.bind(new Queue(queue)).to(new TopicExchange("qh.events"))
                .with("profile.updated.v1"));

        api.ifMatch("\"v0\"").post("/api/v1/profile/languages", Map.of("language", "English", "cefr", "C1"));

        Message message = await().atMost(Duration.ofSeconds(20)).until(() -> rabbit.receive(queue), m -> m != null);
        JsonNode event = Fixtures.JSON.readTree(message.getBody());
        assertThat(event.get("userId").asString()).isEqualTo(userId.toString());
        assertThat(event.get("version").asLong()).isEqualTo(1);
        assertThat(event.get("sections").get(0).asString()).isEqualTo("languages");
    }

    @Test
    void erasesTheProfileWhenTheAccountIsDeleted() {
        api.ifMatch("\"v0\"").put("/api/v1/profile", Fixtures.javaDeveloperRuEn());

        rabbit.convertAndSend("qh.events", "user.deleted.v1", Fixtures.JSON.writeValueAsBytes(
                new UserDeleted(UUID.randomUUID(), Instant.now(), userId)), message -> {
                    message.getMessageProperties().setContentType("application/json");
                    return message;
                });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("select count(*) from profile where user_id = ?", Integer.class, userId)).isZero());
        assertThat(api.get("/api/v1/profile").etag()).isEqualTo("\"v0\"");
    }

    @Test
    void reencryptsPersonalDataWrittenWithARetiredKey(@Autowired Reencryption reencryption) {
        api.ifMatch("\"v0\"").put("/api/v1/profile", Fixtures.javaDeveloperRuEn());
        String underNewKey = jdbc.queryForObject("select personal from profile where user_id = ?", String.class,
                userId);
        FieldEncryptor current = FieldEncryptor.withKeys("new", Map.of("new", NEW_KEY));
        String underOldKey = FieldEncryptor.withKeys("old", Map.of("old", OLD_KEY)).encrypt(current.decrypt(
                underNewKey));
        jdbc.update("update profile set personal = ? where user_id = ?", underOldKey, userId);

        assertThat(reencryption.reencryptAll()).isGreaterThanOrEqualTo(1);

        String after = jdbc.queryForObject("select personal from profile where user_id = ?", String.class, userId);
        assertThat(after).startsWith("enc:v1:new:");
        assertThat(api.get("/api/v1/profile").json().at("/personal/lastName/en").asString()).isEqualTo("Sokolova");
    }
}
