package com.qh.auth.ai;

import static com.qh.auth.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.auth.TestAccounts.Session;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The AI allowance as the services calling a model and the admins see it: the services with their own token for
 * auth (got from auth's service-token endpoint, as platform/ai's client gets it), the admins with theirs.
 */
@QhServiceTest(properties = {
        "qh.auth.bootstrap-admin.email=" + AiAllowanceTest.ADMIN_EMAIL,
        "qh.auth.bootstrap-admin.password=" + AiAllowanceTest.ADMIN_PASSWORD,
        "qh.auth.service-clients.resume.secret=" + AiAllowanceTest.RESUME_SECRET,
        "qh.auth.ai.daily-token-budget=5000",
        "qh.auth.login.attempts-per-ip=10000",
        // The admin signs in before every test.
        "qh.auth.login.attempts-per-account=10000" })
class AiAllowanceTest {

    static final String ADMIN_EMAIL = "ai-admin@qh.test";
    static final String ADMIN_PASSWORD = "ai admin passphrase here";
    static final String RESUME_SECRET = "resume-service-secret-0123456789abcdef";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    TestAccounts accounts;

    ApiClient resume;

    ApiClient admin;

    @BeforeEach
    void connect() {
        api = ApiClient.on(port);
        accounts = new TestAccounts(api);
        resume = api.as(serviceToken("resume", RESUME_SECRET, "auth"));
        admin = api.as(accounts.signIn(ADMIN_EMAIL, ADMIN_PASSWORD).accessToken());
    }

    @Test
    void aNewUserHasTheWholeDefaultBudgetToday() {
        UUID user = newUser();

        Reply allowance = resume.get("/internal/v1/ai/allowance?userId=" + user);

        assertThat(allowance.status()).as(allowance.toString()).isEqualTo(200);
        assertThat(allowance.json().path("userId").asString()).isEqualTo(user.toString());
        assertThat(allowance.json().path("day").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(allowance.json().path("budget").longValue()).isEqualTo(5000);
        assertThat(allowance.json().path("used").longValue()).isZero();
        assertThat(allowance.json().path("remaining").longValue()).isEqualTo(5000);
    }

    @Test
    void reportedCallsAddUpInOneRowPerServiceAndFeature() {
        UUID user = newUser();

        assertThat(report(user, "resume", "tailor", 1000, 234).status()).isEqualTo(204);
        assertThat(report(user, "resume", "tailor", 500, 100).status()).isEqualTo(204);
        assertThat(report(user, "letter", "draft", 0, 0).status()).isEqualTo(204);
        JsonNode allowance = resume.get("/internal/v1/ai/allowance?userId=" + user).json();

        assertThat(allowance.path("used").longValue()).isEqualTo(1834);
        assertThat(allowance.path("remaining").longValue()).isEqualTo(3166);
        assertThat(jdbc.queryForList("select service || '/' || feature || ' ' || prompt_tokens || '+' "
                + "|| completion_tokens || ' x' || calls from ai_usage where user_id = ? order by service",
                String.class, user)).containsExactly("letter/draft 0+0 x1", "resume/tailor 1500+334 x2");
    }

    @Test
    void aReportSentAgainWithTheSameUsageIdCountsOnce() {
        UUID user = newUser();
        Map<String, Object> report = new HashMap<>(usageOf(user, "letter", "letter-draft", 400, 100));
        report.put("usageId", UUID.randomUUID().toString());
        Map<String, Object> another = new HashMap<>(report);
        another.put("usageId", UUID.randomUUID().toString());

        Reply first = resume.post("/internal/v1/ai/usage", report);
        Reply resent = resume.post("/internal/v1/ai/usage", report);
        Reply other = resume.post("/internal/v1/ai/usage", another);
        JsonNode allowance = resume.get("/internal/v1/ai/allowance?userId=" + user).json();

        assertThat(first.status()).as(first.toString()).isEqualTo(204);
        assertThat(resent.status()).as("a resend is accepted, and ignored").isEqualTo(204);
        assertThat(other.status()).isEqualTo(204);
        assertThat(allowance.path("used").longValue()).isEqualTo(1000);
        assertThat(jdbc.queryForObject("select calls from ai_usage where user_id = ?", Long.class, user))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from ai_usage_report where user_id = ?", Long.class, user))
                .isEqualTo(2);
    }

    @Test
    void remainingStopsAtZeroWhenTheBudgetIsSpent() {
        UUID user = newUser();

        report(user, "resume", "tailor", 4000, 2000);

        JsonNode allowance = resume.get("/internal/v1/ai/allowance?userId=" + user).json();
        assertThat(allowance.path("used").longValue()).isEqualTo(6000);
        assertThat(allowance.path("remaining").longValue()).isZero();
    }

    @Test
    void anAdminSetsAndClearsAUsersBudget() {
        UUID user = newUser();
        report(user, "resume", "tailor", 300, 200);

        Reply raised = admin.put("/api/v1/auth/admin/users/" + user + "/ai-budget", Map.of("dailyTokens", 100000));
        long seen = resume.get("/internal/v1/ai/allowance?userId=" + user).json().path("budget").longValue();
        Map<String, Object> backToDefault = new HashMap<>();
        backToDefault.put("dailyTokens", null);
        Reply cleared = admin.put("/api/v1/auth/admin/users/" + user + "/ai-budget", backToDefault);

        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        assertThat(raised.json().path("budget").longValue()).isEqualTo(100000);
        assertThat(raised.json().path("remaining").longValue()).isEqualTo(99500);
        assertThat(seen).isEqualTo(100000);
        assertThat(cleared.json().path("budget").longValue()).isEqualTo(5000);
        assertThat(jdbc.queryForList("select detail from audit_event where user_id = ? and type = ?", String.class,
                user, "AI_BUDGET_CHANGED")).containsExactlyInAnyOrder("daily AI tokens: 100000",
                "daily AI tokens: the default");
    }

    @Test
    void refusesABudgetBelowZeroAndUnknownUsers() {
        Reply negative = admin.put("/api/v1/auth/admin/users/" + newUser() + "/ai-budget",
                Map.of("dailyTokens", -1));
        Reply unknown = admin.put("/api/v1/auth/admin/users/" + UUID.randomUUID() + "/ai-budget",
                Map.of("dailyTokens", 10));

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("dailyTokens");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void theAdminReportSumsPerUserServiceAndFeatureMostTokensFirst() {
        UUID light = newUser();
        UUID heavy = newUser();
        report(light, "letter", "draft", 10, 5);
        report(heavy, "resume", "tailor", 700, 300);
        report(heavy, "resume", "tailor", 100, 0);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Reply both = admin.get("/api/v1/admin/ai/usage?from=" + today + "&to=" + today);
        Reply oneUser = admin.get("/api/v1/admin/ai/usage?userId=" + heavy);

        assertThat(both.status()).as(both.toString()).isEqualTo(200);
        JsonNode rows = both.json().path("rows");
        int heavyAt = indexOf(rows, heavy);
        int lightAt = indexOf(rows, light);
        assertThat(heavyAt).isNotNegative().isLessThan(lightAt);
        assertThat(rows.get(heavyAt).path("promptTokens").longValue()).isEqualTo(800);
        assertThat(rows.get(heavyAt).path("completionTokens").longValue()).isEqualTo(300);
        assertThat(rows.get(heavyAt).path("calls").longValue()).isEqualTo(2);
        assertThat(rows.get(heavyAt).path("email").asString()).endsWith("@example.org");
        assertThat(rows.get(heavyAt).path("service").asString()).isEqualTo("resume");
        assertThat(rows.get(heavyAt).path("feature").asString()).isEqualTo("tailor");
        assertThat(both.json().path("totals").path("calls").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(oneUser.json().path("to").asString()).isEqualTo(today);
        assertThat(oneUser.json().path("from").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(29).toString());
        assertThat(oneUser.json().path("rows")).hasSize(1);
        assertThat(oneUser.json().path("totals").path("promptTokens").longValue()).isEqualTo(800);
        assertThat(oneUser.json().path("totals").path("completionTokens").longValue()).isEqualTo(300);
    }

    @Test
    void theAdminReportRefusesABackwardsOrMalformedRange() {
        Reply backwards = admin.get("/api/v1/admin/ai/usage?from=2026-12-04&to=2026-12-01");
        Reply malformed = admin.get("/api/v1/admin/ai/usage?from=yesterday");
        Reply tooLong = admin.get("/api/v1/admin/ai/usage?from=2020-01-01&to=2026-12-01");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.errorFields()).containsExactly("from");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(tooLong.status()).isEqualTo(400);
    }

    @Test
    void refusesBadReportsWithAProblem() {
        UUID user = newUser();

        Reply negative = report(user, "resume", "tailor", -1, 10);
        Reply longName = report(user, "r".repeat(65), "tailor", 1, 1);
        Map<String, Object> noTokens = new HashMap<>(Map.of("userId", user.toString(), "service", "resume",
                "feature", "tailor", "model", "m"));
        Reply missing = resume.post("/internal/v1/ai/usage", noTokens);
        Reply unknownUser = report(UUID.randomUUID(), "resume", "tailor", 1, 1);

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("promptTokens");
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.errorFields()).containsExactly("service");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("promptTokens", "completionTokens");
        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(resume.get("/internal/v1/ai/allowance?userId=" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from ai_usage where user_id = ?", Long.class, user)).isZero();
    }

    @Test
    void theInternalEndpointsAreForServiceTokensOnly() {
        Session person = accounts.signedUp();
        UUID user = UUID.fromString(api.as(person.accessToken()).get("/api/v1/auth/me").json().path("id")
                .asString());
        ApiClient asPerson = api.as(person.accessToken());

        Reply allowance = asPerson.get("/internal/v1/ai/allowance?userId=" + user);
        Reply usage = asPerson.post("/internal/v1/ai/usage", usageOf(user, "resume", "tailor", 1, 1));
        Reply asAdmin = admin.get("/internal/v1/ai/allowance?userId=" + user);
        Reply anonymous = api.get("/internal/v1/ai/allowance?userId=" + user);

        assertThat(allowance.status()).isEqualTo(403);
        assertThat(usage.status()).isEqualTo(403);
        assertThat(asAdmin.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(asPerson.get("/api/v1/admin/ai/usage").status()).as("the report is for admins").isEqualTo(403);
        assertThat(resume.get("/api/v1/admin/ai/usage").status()).as("and not for services").isEqualTo(403);
        assertThat(resume.get("/api/v1/auth/me").status()).as("a service token is no person").isEqualTo(403);
    }

    @Test
    void aServiceTokenMeantForAnotherServiceIsRefused() {
        ApiClient forProfile = api.as(serviceToken("resume", RESUME_SECRET, "profile"));

        assertThat(forProfile.get("/internal/v1/ai/allowance?userId=" + newUser()).status()).isEqualTo(401);
    }

    @Test
    void deletingTheUserErasesTheirUsageAndBudget() {
        UUID user = newUser();
        report(user, "resume", "tailor", 10, 10);
        admin.put("/api/v1/auth/admin/users/" + user + "/ai-budget", Map.of("dailyTokens", 7));

        assertThat(admin.delete("/api/v1/auth/admin/users/" + user).status()).isEqualTo(204);

        assertThat(jdbc.queryForObject("select count(*) from ai_usage where user_id = ?", Long.class, user)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ai_budget where user_id = ?", Long.class, user))
                .isZero();
    }

    @Test
    void theInternalEndpointsStayOutOfTheOpenApiDocument() {
        JsonNode paths = api.get("/v3/api-docs").json().path("paths");

        assertThat(paths.propertyNames()).noneMatch(path -> path.startsWith("/internal/"))
                .contains("/api/v1/admin/ai/usage", "/api/v1/auth/admin/users/{id}/ai-budget");
    }

    private UUID newUser() {
        Session session = accounts.signIn(accounts.registered(), PASSWORD);
        return UUID.fromString(api.as(session.accessToken()).get("/api/v1/auth/me").json().path("id").asString());
    }

    private Reply report(UUID user, String service, String feature, long prompt, long completion) {
        return resume.post("/internal/v1/ai/usage", usageOf(user, service, feature, prompt, completion));
    }

    private static Map<String, Object> usageOf(UUID user, String service, String feature, long prompt,
            long completion) {
        return Map.of("userId", user.toString(), "service", service, "feature", feature, "model", "gpt-4o-mini",
                "promptTokens", prompt, "completionTokens", completion);
    }

    private static int indexOf(JsonNode rows, UUID user) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).path("userId").asString().equals(user.toString())) {
                return i;
            }
        }
        return -1;
    }

    private String serviceToken(String service, String secret, String audience) {
        String basic = Base64.getEncoder().encodeToString((service + ":" + secret).getBytes(StandardCharsets.UTF_8));
        Reply issued = api.header("Authorization", "Basic " + basic)
                .post("/internal/v1/auth/service-token?audience=" + audience, null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return issued.json().path("accessToken").asString();
    }
}
