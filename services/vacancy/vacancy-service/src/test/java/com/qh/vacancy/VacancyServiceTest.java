package com.qh.vacancy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.qh.auth.api.UserDeleted;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The vacancy service over HTTP on the embedded infrastructure. WireMock on loopback plays hh.ru's API and the job
 * sites; the fetcher is allowed to reach it by the name 127.0.0.1 only, so "localhost" stands for a blocked
 * internal address.
 */
@QhServiceTest(properties = {"qh.vacancy.fetch.allowed-hosts=127.0.0.1", "qh.vacancy.fetch.timeout=3s"})
class VacancyServiceTest {

    static final WireMockServer web = new WireMockServer(
            WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        web.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("qh.vacancy.hh.base-url", () -> base() + "/hh");
    }

    /** WireMock's own base URL says "localhost", which the fetcher rightly refuses. */
    static String base() {
        return "http://127.0.0.1:" + web.port();
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

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
        web.resetAll();
        json("/hh/areas/1", "hh/area-1.json");
        json("/hh/areas/2", "hh/area-2.json");
        json("/hh/areas/113", "hh/area-113.json");
    }

    @Test
    void importsHhVacancyInTheCurrentShapeThroughTheApi() {
        json("/hh/vacancies/98765432", "hh/vacancy-current.json");

        Reply reply = api.post("/api/v1/vacancies/import", Map.of("url", "https://hh.ru/vacancy/98765432?from=search"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode vacancy = reply.json();
        assertThat(vacancy.path("source").asString()).isEqualTo("hh");
        assertThat(vacancy.path("title").asString()).isEqualTo("Старший Java-разработчик (платёжная платформа)");
        assertThat(vacancy.path("company").asString()).isEqualTo("ООО «Финтех Лаб»");
        JsonNode salary = vacancy.path("salary");
        assertThat(salary.path("currency").asString()).isEqualTo("RUB");
        assertThat(salary.path("from").asInt()).isEqualTo(280000);
        assertThat(salary.path("gross").asBoolean()).isFalse();
        assertThat(salary.path("period").asString()).isEqualTo("MONTH");
        assertThat(salary.path("monthlyTo").asInt()).isEqualTo(380000);
        assertThat(vacancy.path("location").path("country").asString()).isEqualTo("Россия");
        assertThat(vacancy.path("location").path("hhAreaId").asString()).isEqualTo("1");
        assertThat(vacancy.path("workFormat").asString()).isEqualTo("HYBRID");
        assertThat(vacancy.path("employment").asString()).isEqualTo("FULL");
        assertThat(vacancy.path("schedule").asString()).isEqualTo("FULL_DAY");
        assertThat(vacancy.path("experience").path("minYears").asInt()).isEqualTo(3);
        assertThat(vacancy.path("experience").path("maxYears").asInt()).isEqualTo(6);
        assertThat(vacancy.path("description").path("html").asString()).doesNotContain("<script");
        assertThat(vacancy.path("description").path("markdown").asString()).contains("**Требования:**");
        assertThat(vacancy.path("description").path("text").asString()).contains("- Опыт работы с Кафкой");

        JsonNode requirements = vacancy.path("requirements");
        assertThat(skills(requirements, "MUST")).contains("Java", "Spring Boot", "PostgreSQL", "Hibernate",
                "Apache Kafka");
        assertThat(skills(requirements, "NICE")).contains("Kubernetes");
        assertThat(evidence(requirements, "Apache Kafka")).isEqualTo("Опыт работы с Кафкой");
        assertThat(requirements.path("experience").path("minYears").asInt()).isEqualTo(3);
        assertThat(requirements.path("languages").get(0).path("level").asString()).isEqualTo("B1");
        assertThat(requirements.path("responsibilities")).hasSize(2);
        web.verify(getRequestedFor(urlEqualTo("/hh/vacancies/98765432"))
                .withHeader("HH-User-Agent", equalTo("QH/0.1 (qh-admin@localhost)")));
    }

    @Test
    void importsHhVacancyInTheOlderShape() {
        json("/hh/vacancies/8331228", "hh/vacancy-legacy.json");

        JsonNode vacancy = api.post("/api/v1/vacancies/import", Map.of("url", "https://spb.hh.ru/vacancy/8331228"))
                .json();

        assertThat(vacancy.path("salary").path("currency").asString()).isEqualTo("RUB");
        assertThat(vacancy.path("salary").path("gross").asBoolean()).isTrue();
        assertThat(vacancy.path("salary").path("to").isNull()).isTrue();
        assertThat(vacancy.path("workFormat").asString()).isEqualTo("REMOTE");
        assertThat(vacancy.path("employment").asString()).isEqualTo("PART");
        assertThat(vacancy.path("experience").path("minYears").asInt()).isEqualTo(6);
        assertThat(vacancy.path("location").path("city").asString()).isEqualTo("Санкт-Петербург");
        assertThat(vacancy.path("keySkills").toString()).contains("1С:ЗУП");
        assertThat(vacancy.path("requirements").path("education").path("level").asString()).isEqualTo("HIGHER");
    }

    @Test
    void importingTheSameSourceAgainUpdatesTheVacancyAndKeepsItsTracker() {
        json("/hh/vacancies/98765432", "hh/vacancy-current.json");
        Reply first = api.post("/api/v1/vacancies/import", Map.of("url", "https://hh.ru/vacancy/98765432"));
        String id = first.json().path("id").asString();
        api.post("/api/v1/vacancies/" + id + "/tracker", Map.of("status", "APPLIED", "note", "Sent via hh.ru"));

        Reply again = api.post("/api/v1/vacancies/import", Map.of("url", "https://hh.ru/vacancy/98765432"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(id);
        assertThat(again.json().path("status").asString()).isEqualTo("APPLIED");
        assertThat(api.get("/api/v1/vacancies").json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void readsJobPostingFromAGraphWithAnEscapedDescription() {
        page("/jobs/data-engineer", "pages/greenhouse-graph.html");

        JsonNode vacancy = importPage("/jobs/data-engineer").json();

        assertThat(vacancy.path("source").asString()).isEqualTo("json-ld");
        assertThat(vacancy.path("title").asString()).isEqualTo("Senior Data Engineer");
        assertThat(vacancy.path("company").asString()).isEqualTo("Northwind Analytics");
        assertThat(vacancy.path("salary").path("period").asString()).isEqualTo("YEAR");
        assertThat(vacancy.path("salary").path("monthlyFrom").asInt()).isEqualTo(7000);
        assertThat(vacancy.path("salary").path("currency").asString()).isEqualTo("EUR");
        assertThat(vacancy.path("employment").asString()).isEqualTo("FULL");
        assertThat(vacancy.path("workFormat").asString()).isEqualTo("HYBRID");
        assertThat(vacancy.path("location").path("city").asString()).isEqualTo("Berlin");
        assertThat(vacancy.path("description").path("html").asString()).contains("<li>Strong Python and SQL</li>");
        assertThat(skills(vacancy.path("requirements"), "MUST")).contains("Python", "SQL", "Apache Airflow", "dbt");
        assertThat(skills(vacancy.path("requirements"), "NICE")).contains("Snowflake");
        assertThat(vacancy.path("sourceUrl").asString())
                .isEqualTo("https://boards.example-greenhouse.io/northwind/jobs/5551234");
    }

    @Test
    void readsJobPostingFromATopLevelArrayWithAnHourlyRate() {
        page("/jobs/shift-lead", "pages/indeed-array.html");

        JsonNode vacancy = importPage("/jobs/shift-lead").json();

        assertThat(vacancy.path("title").asString()).isEqualTo("Warehouse Shift Lead");
        assertThat(vacancy.path("company").asString()).isEqualTo("Contoso Logistics");
        assertThat(vacancy.path("salary").path("period").asString()).isEqualTo("HOUR");
        assertThat(vacancy.path("salary").path("monthlyFrom").asInt()).isEqualTo(2558);
        assertThat(vacancy.path("employment").asString()).isEqualTo("PART");
        assertThat(vacancy.path("location").path("country").asString()).isEqualTo("GB");
    }

    @Test
    void choosesThePostingThePageIsAboutAmongSeveral() {
        page("/jobs/frontend", "pages/careers-several.html");

        JsonNode vacancy = importPage("/jobs/frontend").json();

        assertThat(vacancy.path("title").asString()).isEqualTo("Frontend Engineer");
        assertThat(skills(vacancy.path("requirements"), "MUST")).contains("TypeScript", "React");
        assertThat(skills(vacancy.path("requirements"), "NICE")).contains("Storybook");
    }

    @Test
    void readsALinkedInGuestPageByItsStructure() {
        page("/jobs/view/4012345678", "pages/linkedin-guest.html");

        JsonNode vacancy = importPage("/jobs/view/4012345678").json();

        assertThat(vacancy.path("source").asString()).isEqualTo("html");
        assertThat(vacancy.path("title").asString()).isEqualTo("QA Automation Engineer");
        assertThat(vacancy.path("company").asString()).isEqualTo("Contoso");
        assertThat(vacancy.path("location").path("city").asString()).isEqualTo("Warsaw, Masovian, Poland");
        assertThat(vacancy.path("employment").asString()).isEqualTo("FULL");
        assertThat(vacancy.path("description").path("text").asString()).doesNotContain("Sign in");
        assertThat(skills(vacancy.path("requirements"), "MUST")).contains("Selenium WebDriver", "Playwright", "Postman");
        assertThat(skills(vacancy.path("requirements"), "NICE")).contains("Gatling");
        assertThat(vacancy.path("experience").path("minYears").asInt()).isEqualTo(3);
    }

    @Test
    void keepsOnlyWebAddressesAsTheVacancysLink() {
        String posting = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@type":"JobPosting","title":"Java Developer",
                 "url":"javascript:alert(document.cookie)",
                 "hiringOrganization":{"@type":"Organization","name":"Acme"},
                 "description":"<p>We need Java and SQL.</p>"}
                </script></head><body></body></html>""";

        Reply fromPage = api.post("/api/v1/vacancies/import", Map.of("html", posting));
        Reply pastedWithScriptLink = api.post("/api/v1/vacancies/import", Map.of("text",
                "Java developer, SQL required", "sourceUrl", "javascript:alert(1)"));

        assertThat(fromPage.status()).isEqualTo(201);
        assertThat(fromPage.json().path("title").asString()).isEqualTo("Java Developer");
        assertThat(fromPage.json().path("sourceUrl").isMissingNode() || fromPage.json().path("sourceUrl").isNull())
                .as("sourceUrl of %s", fromPage.json()).isTrue();
        assertThat(pastedWithScriptLink.status()).isEqualTo(400);
    }

    @Test
    void refusesAPageThatIsNotAVacancy() {
        page("/blog/sourdough", "pages/not-a-vacancy.html");

        Reply reply = importPage("/blog/sourdough");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.problemType()).isEqualTo("not-a-vacancy");
        assertThat(reply.json().path("detail").asString()).contains("paste the vacancy's text");
    }

    @Test
    void answersAClearErrorWhenHhHasNoSuchVacancyOrIsDown() {
        web.stubFor(get(urlEqualTo("/hh/vacancies/1")).willReturn(aResponse().withStatus(404)));
        web.stubFor(get(urlEqualTo("/hh/vacancies/2")).willReturn(aResponse().withStatus(503)));

        Reply missing = api.post("/api/v1/vacancies/import", Map.of("url", "https://hh.ru/vacancy/1"));
        Reply down = api.post("/api/v1/vacancies/import", Map.of("url", "https://hh.ru/vacancy/2"));
        Reply notAVacancy = api.post("/api/v1/vacancies/import", Map.of("url", "https://hh.ru/employer/1455"));

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.problemType()).isEqualTo("hh-vacancy-not-found");
        assertThat(down.status()).isEqualTo(502);
        assertThat(down.problemType()).isEqualTo("hh-unavailable");
        assertThat(notAVacancy.status()).isEqualTo(422);
        assertThat(notAVacancy.problemType()).isEqualTo("unsupported-site");
    }

    @Test
    void importsPastedTextWithItsFirstLineAsTitle() {
        Reply reply = api.post("/api/v1/vacancies/import", Map.of("text", """
                Главный бухгалтер
                Требования:
                - опыт работы главным бухгалтером не менее 5 лет
                - знание 1С:Бухгалтерии и МСФО
                Будет плюсом: опыт прохождения налоговых проверок
                """));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("title").asString()).isEqualTo("Главный бухгалтер");
        assertThat(reply.json().path("experience").path("minYears").asInt()).isEqualTo(5);
        assertThat(skills(reply.json().path("requirements"), "MUST")).contains("1С:Бухгалтерия", "МСФО");
    }

    @Test
    void entersEditsTracksAndDeletesAVacancyByHand() {
        Reply created = api.post("/api/v1/vacancies", Map.of("title", "Go developer", "company", "Acme",
                "salary", Map.of("from", 4000, "to", 6000, "currency", "usd", "period", "MONTH"),
                "description", "Requirements:\n- Go, gRPC\n- PostgreSQL\nNice to have:\n- Kubernetes"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("salary").path("currency").asString()).isEqualTo("USD");
        assertThat(skills(created.json().path("requirements"), "MUST")).contains("Go", "gRPC", "PostgreSQL");

        Reply edited = api.put("/api/v1/vacancies/" + id, Map.of("title", "Senior Go developer",
                "description", "Requirements: Go and Redis"));
        assertThat(edited.json().path("title").asString()).isEqualTo("Senior Go developer");
        assertThat(skills(edited.json().path("requirements"), "MUST")).containsExactly("Go", "Redis");

        api.post("/api/v1/vacancies/" + id + "/tracker", Map.of("status", "APPLIED", "date", "2026-11-02"));
        Reply interview = api.post("/api/v1/vacancies/" + id + "/tracker",
                Map.of("status", "INTERVIEW", "note", "Call with the team lead"));
        assertThat(interview.json().path("status").asString()).isEqualTo("INTERVIEW");
        assertThat(interview.json().path("tracker")).hasSize(2);
        assertThat(interview.json().path("sent").path("resumeDocumentId").isNull()).isTrue();
        assertThat(interview.json().path("tracker").get(0).path("date").asString()).isEqualTo("2026-11-02");
        // The application remembers what was sent: the latest resume and letter recorded, each step keeping its own.
        String resume = UUID.randomUUID().toString();
        String firstLetter = UUID.randomUUID().toString();
        String letter = UUID.randomUUID().toString();
        api.post("/api/v1/vacancies/" + id + "/tracker", Map.of("resumeDocumentId", resume,
                "letterDocumentId", firstLetter));
        Reply sent = api.post("/api/v1/vacancies/" + id + "/tracker", Map.of("letterDocumentId", letter,
                "note", "Sent the shorter letter"));
        assertThat(sent.json().path("status").asString()).isEqualTo("INTERVIEW");
        assertThat(sent.json().path("sent").path("resumeDocumentId").asString()).isEqualTo(resume);
        assertThat(sent.json().path("sent").path("letterDocumentId").asString()).isEqualTo(letter);
        assertThat(sent.json().path("tracker").get(2).path("letterDocumentId").asString()).isEqualTo(firstLetter);
        assertThat(api.get("/api/v1/vacancies?status=INTERVIEW").json().path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/vacancies?status=OFFER").json().path("total").asInt()).isZero();
        assertThat(api.get("/api/v1/vacancies?q=senior").json().path("items").get(0).path("id").asString())
                .isEqualTo(id);

        Reply backToSaved = api.post("/api/v1/vacancies/" + id + "/tracker", Map.of("status", "SAVED"));
        assertThat(backToSaved.status()).isEqualTo(409);
        assertThat(backToSaved.json().path("type").asString()).endsWith("/invalid-status-change");
        assertThat(api.get("/api/v1/vacancies/" + id).json().path("status").asString()).isEqualTo("INTERVIEW");

        assertThat(api.delete("/api/v1/vacancies/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/vacancies/" + id).status()).isEqualTo(404);
    }

    @Test
    void answersBadInputWithFieldErrors() {
        Reply noTitle = api.post("/api/v1/vacancies", Map.of("company", "Acme",
                "salary", Map.of("from", 5, "to", 1, "currency", "RUB"), "experience", Map.of("min", 60)));
        Reply badCurrency = api.post("/api/v1/vacancies", Map.of("title", "X",
                "salary", Map.of("from", 5, "currency", "XYZ")));
        Reply twoSources = api.post("/api/v1/vacancies/import", Map.of("url", "https://hh.ru/vacancy/1",
                "text", "Java developer"));
        Reply badTracker = api.post("/api/v1/vacancies/" + UUID.randomUUID() + "/tracker", Map.of("status", "HIRED"));
        Reply notJson = api.post("/api/v1/vacancies", "{not json");

        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().path("errors").toString()).contains("title", "salary.range", "experience.min");
        assertThat(badCurrency.status()).isEqualTo(422);
        assertThat(badCurrency.json().path("errors").toString()).contains("salary.currency");
        assertThat(twoSources.status()).isEqualTo(400);
        assertThat(twoSources.json().path("errors").toString()).contains("oneSource");
        assertThat(badTracker.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().path("detail").asString()).isNotBlank();
    }

    @Test
    void keepsEachUsersVacanciesToThemselves() {
        String id = api.post("/api/v1/vacancies", Map.of("title", "Mine")).json().path("id").asString();
        ApiClient stranger = ApiClient.on(port).as(TestUsers.user(UUID.randomUUID()));

        assertThat(stranger.get("/api/v1/vacancies/" + id).status()).isEqualTo(404);
        assertThat(stranger.put("/api/v1/vacancies/" + id, Map.of("title", "Theirs")).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/vacancies/" + id + "/tracker", Map.of("status", "OFFER")).status())
                .isEqualTo(404);
        assertThat(stranger.delete("/api/v1/vacancies/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/vacancies").json().path("total").asInt()).isZero();
        assertThat(ApiClient.on(port).get("/api/v1/vacancies").status()).isEqualTo(401);
    }

    @Test
    void announcesSavedVacanciesAndErasesThemWhenTheUserIsDeleted() {
        String queue = "test.vacancy.saved." + userId;
        amqp.declareQueue(new Queue(queue, false, false, true));
        amqp.declareBinding(BindingBuilder.bind(new Queue(queue)).to(new TopicExchange("qh.events"))
                .with("vacancy.saved.v1"));

        String id = api.post("/api/v1/vacancies", Map.of("title", "Kotlin developer",
                "description", "Requirements: Kotlin, Ktor")).json().path("id").asString();

        Message message = await().atMost(Duration.ofSeconds(20)).until(() -> rabbit.receive(queue), m -> m != null);
        JsonNode event = ApiClient.JSON.readTree(message.getBody());
        assertThat(event.path("vacancyId").asString()).isEqualTo(id);
        assertThat(event.path("userId").asString()).isEqualTo(userId.toString());
        assertThat(event.path("created").asBoolean()).isTrue();
        assertThat(event.path("skills").toString()).contains("Kotlin", "Ktor");

        rabbit.convertAndSend("qh.events", "user.deleted.v1", ApiClient.JSON.writeValueAsBytes(
                new UserDeleted(UUID.randomUUID(), Instant.now(), userId)), m -> {
                    m.getMessageProperties().setContentType("application/json");
                    return m;
                });
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("select count(*) from vacancy where owner_id = ?", Integer.class, userId) == 0);
    }

    @Test
    void refusesSalariesTooLargeToStoreAndPagesBeyondTheEnd() {
        Reply huge = api.post("/api/v1/vacancies", Map.of("title", "X", "salary",
                Map.of("from", 1e12, "currency", "RUB")));
        // Fits as an hourly rate, not as the monthly figure worked out from it (× 165).
        Reply hourly = api.post("/api/v1/vacancies", Map.of("title", "X", "salary",
                Map.of("from", 9e9, "currency", "RUB", "period", "HOUR")));
        Reply farPage = api.get("/api/v1/vacancies?page=30000000&size=100");

        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().toString()).contains("salary.from");
        assertThat(hourly.status()).isEqualTo(400);
        assertThat(hourly.json().path("type").asString()).endsWith("/number-out-of-range");
        assertThat(farPage.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/vacancies").json().path("total").asInt()).isZero();
    }

    @Test
    void readsRequirementsOfATextWithoutSavingIt() {
        Reply reply = api.post("/api/v1/vacancies/extract", Map.of("text",
                "Requirements:\n- 3+ years with Python\n- Django\nNice to have: Terraform"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(skills(reply.json(), "MUST")).containsExactly("Python", "Django");
        assertThat(skills(reply.json(), "NICE")).containsExactly("Terraform");
        assertThat(api.get("/api/v1/vacancies").json().path("total").asInt()).isZero();
    }

    @Test
    void importsMarketDataFromHhJsonAndCsvAndAnswersSalaryPercentiles() {
        ApiClient admin = ApiClient.on(port).as(TestUsers.admin(UUID.randomUUID()));

        Reply fromJson = importMarket(admin, "hh.json", "application/json", "/market/hh-vacancies.json");
        Reply fromCsv = importMarket(admin, "hh.csv", "text/csv", "/market/hh-vacancies.csv");
        Reply again = importMarket(admin, "hh.json", "application/json", "/market/hh-vacancies.json");

        assertThat(fromJson.status()).as(fromJson.json().toString()).isEqualTo(200);
        assertThat(fromJson.json().path("read").asInt()).isEqualTo(5);
        // Another test may have imported the same file first: then these are updates.
        assertThat(fromJson.json().path("added").asInt() + fromJson.json().path("updated").asInt()).isEqualTo(4);
        assertThat(fromJson.json().path("skipped").asInt()).isEqualTo(1);
        assertThat(fromCsv.json().path("added").asInt()).isEqualTo(2);
        assertThat(fromCsv.json().path("problems").toString()).contains("not-a-number");
        assertThat(again.json().path("updated").asInt()).isEqualTo(4);

        JsonNode javaInMoscow = api.get("/api/v1/market/vacancies?title=java&area=1").json();
        assertThat(javaInMoscow.valueStream().map(v -> v.path("sourceId").asString()))
                .containsExactlyInAnyOrder("700001", "700002", "700010", "700011");
        JsonNode kafka = api.get("/api/v1/market/vacancies?skill=Apache%20Kafka").json();
        assertThat(kafka.valueStream().map(v -> v.path("sourceId").asString()))
                .containsExactlyInAnyOrder("700002", "700011");

        JsonNode salaries = api.get("/api/v1/market/salaries?title=java&area=1").json();
        assertThat(salaries.path("vacancies").asInt()).isEqualTo(4);
        assertThat(salaries.path("withSalary").asInt()).isEqualTo(4);
        // Mid-points 250k, 400k, 250k, 400k (a bound alone counts as itself).
        assertThat(salaries.path("median").asInt()).isEqualTo(325000);
        assertThat(salaries.path("currency").asString()).isEqualTo("RUB");
    }

    @Test
    void importsAnHhDataSetExportAsItIs() {
        ApiClient admin = ApiClient.on(port).as(TestUsers.admin(UUID.randomUUID()));

        Reply export = importMarket(admin, "hh-dataset.csv", "text/csv", "/market/hh-dataset-export.csv");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.json().path("read").asInt()).isEqualTo(3);
        assertThat(export.json().path("added").asInt() + export.json().path("updated").asInt()).isEqualTo(3);
        assertThat(export.json().path("skipped").asInt()).isZero();
        JsonNode welders = api.get("/api/v1/market/vacancies?title="
                + URLEncoder.encode("варщик", StandardCharsets.UTF_8)).json();
        assertThat(welders.valueStream().map(v -> v.path("title").asString()))
                .containsExactlyInAnyOrder("Сварщик-аргонщик", "Сварщик, ночная смена", "Сварщик полуавтомата");
        JsonNode argon = welders.valueStream().filter(v -> v.path("sourceId").asString().equals("900001"))
                .findFirst().orElseThrow();
        assertThat(argon.path("city").asString()).isEqualTo("Екатеринбург");
        assertThat(argon.path("gross").asBoolean()).isTrue();
        assertThat(argon.path("monthlyFrom").asInt()).isEqualTo(90000);
        assertThat(argon.path("currency").asString()).isEqualTo("RUB");
    }

    @Test
    void letsOnlyAdministratorsAndServicesImportMarketData() {
        Reply user = importMarket(api, "hh.json", "application/json", "/market/hh-vacancies.json");
        Reply service = importMarket(ApiClient.on(port).as(TestUsers.service("analysis", "vacancy")), "hh.json",
                "application/json", "/market/hh-vacancies.json");
        Reply notAList = importMarket(ApiClient.on(port).as(TestUsers.admin(UUID.randomUUID())), "hh.json",
                "application/json", "/hh/area-1.json");

        assertThat(user.status()).isEqualTo(403);
        assertThat(service.status()).isEqualTo(200);
        assertThat(notAList.status()).isEqualTo(422);
    }

    @Test
    void describesEveryEndpointInItsOpenApiDocument() {
        JsonNode document = api.get("/v3/api-docs").json();

        assertThat(document.get("paths").propertyNames()).contains("/api/v1/vacancies", "/api/v1/vacancies/import",
                "/api/v1/vacancies/extract", "/api/v1/vacancies/{id}", "/api/v1/vacancies/{id}/tracker",
                "/api/v1/market/import", "/api/v1/market/sync", "/api/v1/market/vacancies",
                "/api/v1/market/salaries");
        document.get("paths").forEach(path -> path.forEach(operation ->
                assertThat(operation.path("summary").asString()).as(operation.toString()).isNotBlank()));
    }

    private static Reply importMarket(ApiClient caller, String fileName, String contentType, String resource) {
        return caller.uploadResource("/api/v1/market/import", fileName, contentType, resource);
    }

    private Reply importPage(String path) {
        return api.post("/api/v1/vacancies/import", Map.of("url", base() + path));
    }

    private static void json(String path, String resource) {
        web.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(resource(resource))));
    }

    private static void page(String path, String resource) {
        web.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(resource(resource))));
    }

    static String resource(String name) {
        try (InputStream in = VacancyServiceTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> skills(JsonNode requirements, String importance) {
        return requirements.path("skills").valueStream()
                .filter(skill -> skill.path("importance").asString().equals(importance))
                .map(skill -> skill.path("name").asString()).toList();
    }

    private static String evidence(JsonNode requirements, String skill) {
        return requirements.path("skills").valueStream().filter(s -> s.path("name").asString().equals(skill))
                .map(s -> s.path("evidence").asString()).findFirst().orElse(null);
    }
}
