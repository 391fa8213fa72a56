package com.qh.letter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.qh.letter.SourceServices.EMPTY;
import static com.qh.letter.SourceServices.EMPTYS_VACANCY;
import static com.qh.letter.SourceServices.IVAN;
import static com.qh.letter.SourceServices.IVANS_VACANCY;
import static com.qh.letter.SourceServices.IVANS_VACANCY_WITHOUT_TEXT;
import static com.qh.letter.SourceServices.LEAVING;
import static com.qh.letter.SourceServices.LEAVINGS_VACANCY;
import static com.qh.letter.SourceServices.MARIA;
import static com.qh.letter.SourceServices.MARIAS_VACANCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.qh.auth.api.UserDeleted;
import com.qh.platform.events.IntegrationEvent;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The letter API over HTTP on the embedded infrastructure: profiles and vacancies read over gRPC from
 * {@link SourceServices}; the document, analysis (tone) and resume services are WireMock servers answering as the
 * real ones do.
 */
@QhServiceTest
@Import(SourceServices.class)
class LetterServiceTest {

    static final WireMockServer OTHERS = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String DOCUMENT_ID = "20000000-0000-4000-8000-000000000001";

    static {
        OTHERS.start();
        OTHERS.stubFor(post(urlEqualTo("/api/v1/analysis/tone")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"language": "ru", "kind": "LETTER", "sentiment": {"label": "NEUTRAL", "score": 0.1},
                         "findings": [{"type": "FILLER", "start": 0, "end": 5, "text": "очень", "suggestion": "…"}]}""")));
        OTHERS.stubFor(post(urlEqualTo("/api/v1/analysis/tone")).atPriority(1)
                .withRequestBody(containing("TONE-DOWN")).willReturn(aResponse().withStatus(503)));
        OTHERS.stubFor(get(urlEqualTo("/api/v1/resumes")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        [{"id": "30000000-0000-4000-8000-000000000001", "template": "modern",
                          "targetVacancyId": "%s"}]""".formatted(IVANS_VACANCY))));
        OTHERS.stubFor(post(urlEqualTo("/api/v1/documents")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"" + DOCUMENT_ID + "\", \"currentVersion\": 1, \"size\": 4321}")));
        OTHERS.stubFor(post(urlMatching("/api/v1/documents/.*/versions")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"number\": 2, \"size\": 2345}")));
    }

    @DynamicPropertySource
    static void otherServices(DynamicPropertyRegistry registry) {
        registry.add("qh.services.document.url", OTHERS::baseUrl);
        registry.add("qh.services.analysis.url", OTHERS::baseUrl);
        registry.add("qh.services.resume.url", OTHERS::baseUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin amqp;

    ApiClient as(UUID user) {
        return ApiClient.on(port).as(TestUsers.user(user));
    }

    Reply draft(UUID user, Object body) {
        return as(user).post("/api/v1/letters", body);
    }

    @Test
    void streamsTheOfflineDraftByParagraphWithoutAModelThenKeepsIt() {
        Reply drafted = draft(IVAN, Map.of("vacancyId", IVANS_VACANCY, "tone", "formal"));

        Reply streamed = as(IVAN).header("Accept", "text/event-stream, application/problem+json")
                .post("/api/v1/letters/drafts/stream", Map.of("vacancyId", IVANS_VACANCY, "tone", "formal"));

        assertThat(streamed.status()).as(streamed.toString()).isEqualTo(200);
        List<StreamedDraftTest.Event> events = StreamedDraftTest.events(streamed.text());
        assertThat(events.getLast().name()).isEqualTo("done");
        List<StreamedDraftTest.Event> texts = events.subList(0, events.size() - 1);
        assertThat(texts).allSatisfy(event -> assertThat(event.name()).isEqualTo("text")).hasSizeBetween(4, 8);
        JsonNode done = events.getLast().data();
        assertThat(done.path("origin").asString()).isEqualTo("OFFLINE");
        assertThat(done.path("fallback").asString()).isEqualTo("NOT_CONFIGURED");
        // The same letter as drafted in one piece, kept as a letter of its own.
        JsonNode letter = done.path("letter");
        assertThat(letter.path("text").asString()).isEqualTo(drafted.json().path("text").asString());
        assertThat(letter.path("id").asString()).isNotEqualTo(drafted.json().path("id").asString());
        assertThat(as(IVAN).get(done.path("location").asString()).status()).isEqualTo(200);
    }

    @Test
    void draftsARussianLetterAnsweringTheVacancysRequirementsFromTheProfile() {
        Reply reply = draft(IVAN, Map.of("vacancyId", IVANS_VACANCY, "tone", "formal"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.etag()).isEqualTo("\"v1\"");
        JsonNode letter = reply.json();
        assertThat(letter.path("language").asString()).isEqualTo("ru");
        assertThat(letter.path("greeting").asString()).isEqualTo("Уважаемая Анна Сергеевна!");
        assertThat(letter.path("closing").asString()).isEqualTo("С уважением,");
        assertThat(letter.path("signature").asString()).isEqualTo("Иван Петров");
        assertThat(letter.path("origin").asString()).isEqualTo("OFFLINE");
        assertThat(letter.path("text").asString()).contains("СберЛогистика", "Java-разработчик (Middle+)",
                "ГрузОнлайн").doesNotContain("I am");
        assertThat(letter.path("paragraphs").size()).isBetween(4, 5);
        assertThat(letter.path("answers").valueStream().filter(a -> a.path("must").asBoolean()).count())
                .isGreaterThanOrEqualTo(2);
        assertThat(letter.path("factCheck").path("checked").asBoolean()).isTrue();
        assertThat(letter.path("factCheck").path("warnings")).isEmpty();

        Reply read = as(IVAN).get(reply.location());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"v1\"");
        assertThat(read.json().path("text").asString()).isEqualTo(letter.path("text").asString());
        assertThat(as(IVAN).get("/api/v1/letters").json().valueStream().map(l -> l.path("id").asString()))
                .contains(letter.path("id").asString());
    }

    @Test
    void draftsInEnglishForAnEnglishVacancyWithTheHiringManagersName() {
        Reply reply = draft(MARIA, Map.of("vacancyId", MARIAS_VACANCY, "tone", "warm", "length", "short"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode letter = reply.json();
        assertThat(letter.path("language").asString()).isEqualTo("en");
        assertThat(letter.path("greeting").asString()).isEqualTo("Hello Tom,");
        assertThat(letter.path("paragraphs").size()).isEqualTo(4);
        assertThat(letter.path("text").asString()).contains("Northwind Bank", "Senior Java Engineer",
                "Acme Payments");
    }

    @Test
    void savesEditsAsVersionsWithIfMatchAndComparesAndRestoresThem() {
        JsonNode drafted = draft(IVAN, Map.of("vacancyId", IVANS_VACANCY)).json();
        String path = "/api/v1/letters/" + drafted.path("id").asString();
        List<String> paragraphs = new ArrayList<>();
        drafted.path("paragraphs").forEach(p -> paragraphs.add(p.asString()));
        paragraphs.set(paragraphs.size() - 1, "Спасибо за внимание. Готов обсудить детали в любое удобное время.");

        assertThat(as(IVAN).put(path, Map.of("paragraphs", paragraphs)).status()).isEqualTo(428);
        Reply edited = as(IVAN).ifMatch("\"v1\"").put(path, Map.of("paragraphs", paragraphs,
                "greeting", "Добрый день, Анна Сергеевна!"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.etag()).isEqualTo("\"v2\"");
        assertThat(edited.json().path("origin").asString()).isEqualTo("EDIT");
        assertThat(edited.json().path("factCheck").path("checked").asBoolean()).isTrue();
        assertThat(edited.json().path("toneReport").path("findings")).isNotEmpty();
        assertThat(as(IVAN).ifMatch("\"v1\"").put(path, Map.of("text", "Другой текст.")).problemType())
                .isEqualTo("letter-changed");

        JsonNode diff = as(IVAN).get(path + "/diff?from=1&to=2").json();
        List<String> ops = diff.path("runs").valueStream().map(r -> r.path("op").asString()).toList();
        assertThat(ops).contains("EQUAL", "DELETE", "INSERT");
        assertThat(diff.path("runs").valueStream().filter(r -> r.path("op").asString().equals("INSERT"))
                .map(r -> r.path("text").asString()).toList()).anySatisfy(t -> assertThat(t).contains("Готов"));

        Reply restored = as(IVAN).post(path + "/versions/1/restore", Map.of());
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.etag()).isEqualTo("\"v3\"");
        assertThat(restored.json().path("origin").asString()).isEqualTo("RESTORE");
        assertThat(restored.json().path("text").asString()).isEqualTo(drafted.path("text").asString());
        assertThat(as(IVAN).get(path + "/versions").json().valueStream().map(v -> v.path("version").asInt()))
                .containsExactly(3, 2, 1);
        assertThat(as(IVAN).get(path + "/versions/2").json().path("greeting").asString())
                .isEqualTo("Добрый день, Анна Сергеевна!");
        assertThat(as(IVAN).get(path + "/versions/9").status()).isEqualTo(404);
    }

    @Test
    void savesAnEditWithoutToneFindingsWhenTheAnalysisServiceIsDown() {
        JsonNode drafted = draft(MARIA, Map.of("vacancyId", MARIAS_VACANCY)).json();

        Reply edited = as(MARIA).ifMatch("\"v1\"").put("/api/v1/letters/" + drafted.path("id").asString(),
                Map.of("text", "First paragraph TONE-DOWN.\n\nSecond paragraph."));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("paragraphs").size()).isEqualTo(2);
        assertThat(edited.json().path("toneReport").isNull()).isTrue();
        assertThat(edited.json().path("notes").get(0).asString()).contains("tone check is not available");
    }

    @Test
    void rendersIntoTheDocumentServiceInTheResumesLookAndPublishesLetterGenerated() {
        String queue = testQueue("letter.generated.v1");
        JsonNode drafted = draft(IVAN, Map.of("vacancyId", IVANS_VACANCY)).json();
        String path = "/api/v1/letters/" + drafted.path("id").asString();

        Reply pdf = as(IVAN).post(path + "/render?format=pdf", Map.of());
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.json().path("documentId").asString()).isEqualTo(DOCUMENT_ID);
        assertThat(pdf.json().path("version").asInt()).isEqualTo(1);
        assertThat(pdf.json().path("format").asString()).isEqualTo("pdf");
        OTHERS.verify(postRequestedFor(urlEqualTo("/api/v1/documents"))
                .withRequestBody(containing("GENERATED_LETTER")).withRequestBody(containing("%PDF-")));

        Reply docx = as(IVAN).post(path + "/render?format=docx", Map.of());
        assertThat(docx.json().path("version").asInt()).isEqualTo(2);
        Reply txt = as(IVAN).post(path + "/render?format=txt", Map.of());
        assertThat(txt.status()).isEqualTo(200);
        OTHERS.verify(postRequestedFor(urlEqualTo("/api/v1/documents/" + DOCUMENT_ID + "/versions"))
                .withRequestBody(containing("Уважаемые").or(containing("Анна Сергеевна"))));
        assertThat(as(IVAN).get(path).json().path("documentId").asString()).isEqualTo(DOCUMENT_ID);
        assertThat(as(IVAN).post(path + "/render?format=odt", Map.of()).status()).isEqualTo(400);

        JsonNode event = awaitEvent(queue, drafted.path("id").asString());
        assertThat(event.path("company").asString()).isEqualTo("СберЛогистика");
        assertThat(event.path("documentId").asString()).isEqualTo(DOCUMENT_ID);
        assertThat(event.path("userId").asString()).isEqualTo(IVAN.toString());
    }

    @Test
    void refusesOtherUsersVacanciesAndLettersAndWhatCannotBeAnswered() {
        assertThat(draft(MARIA, Map.of("vacancyId", IVANS_VACANCY)).problemType()).isEqualTo("not-found");
        String ivans = "/api/v1/letters/" + draft(IVAN, Map.of("vacancyId", IVANS_VACANCY)).json().path("id")
                .asString();
        assertThat(as(MARIA).get(ivans).status()).isEqualTo(404);
        assertThat(as(MARIA).ifMatch("\"v1\"").put(ivans, Map.of("text", "Mine now.")).status()).isEqualTo(404);
        assertThat(as(MARIA).post(ivans + "/render", Map.of()).status()).isEqualTo(404);
        assertThat(as(MARIA).delete(ivans).status()).isEqualTo(404);

        Reply withoutText = draft(IVAN, Map.of("vacancyId", IVANS_VACANCY_WITHOUT_TEXT));
        assertThat(withoutText.status()).isEqualTo(422);
        assertThat(withoutText.problemType()).isEqualTo("vacancy-without-text");
        assertThat(withoutText.errorFields()).contains("vacancyId");
        Reply empty = draft(EMPTY, Map.of("vacancyId", EMPTYS_VACANCY));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.problemType()).isEqualTo("empty-profile");
        assertThat(empty.detail()).contains("experience");

        Reply badTone = draft(IVAN, Map.of("vacancyId", IVANS_VACANCY, "tone", "angry", "length", "epic"));
        assertThat(badTone.status()).isEqualTo(400);
        assertThat(badTone.errorFields()).contains("tone", "length");
        assertThat(draft(IVAN, Map.of("tone", "warm")).errorFields()).contains("vacancyId");

        assertThat(as(IVAN).delete(ivans).status()).isEqualTo(204);
        assertThat(as(IVAN).get(ivans).status()).isEqualTo(404);
    }

    @Test
    void erasesTheLettersOfADeletedAccount() {
        assertThat(draft(LEAVING, Map.of("vacancyId", LEAVINGS_VACANCY)).status()).isEqualTo(201);

        publish(new UserDeleted(UUID.randomUUID(), Instant.now(), LEAVING));

        await().atMost(Duration.ofSeconds(20)).until(() -> as(LEAVING).get("/api/v1/letters").json().isEmpty());
    }

    private String testQueue(String eventType) {
        String queue = "test.letter." + eventType + "." + UUID.randomUUID();
        amqp.declareQueue(new Queue(queue, false, false, true));
        amqp.declareBinding(BindingBuilder.bind(new Queue(queue)).to(new TopicExchange("qh.events")).with(eventType));
        return queue;
    }

    private JsonNode awaitEvent(String queue, String letterId) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Message message = rabbit.receive(queue);
            if (message != null) {
                JsonNode event = ApiClient.JSON.readTree(message.getBody());
                if (event.path("letterId").asString().equals(letterId)) {
                    seen[0] = event;
                }
            }
            return seen[0] != null;
        });
        return seen[0];
    }

    private void publish(IntegrationEvent event) {
        rabbit.convertAndSend("qh.events", IntegrationEvent.typeOf(event.getClass()),
                ApiClient.JSON.writeValueAsBytes(event), message -> {
                    message.getMessageProperties().setContentType("application/json");
                    return message;
                });
    }
}
