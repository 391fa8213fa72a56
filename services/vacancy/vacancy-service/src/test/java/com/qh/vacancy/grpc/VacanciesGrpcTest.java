package com.qh.vacancy.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.test.ApiClient;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import com.qh.vacancy.api.GetTaxonomyReleaseRequest;
import com.qh.vacancy.api.GetVacancyRequest;
import com.qh.vacancy.api.ListMarketRequest;
import com.qh.vacancy.api.ListSavedRequest;
import com.qh.vacancy.api.MarketPage;
import com.qh.vacancy.api.TaxonomyRelease;
import com.qh.vacancy.api.Vacancy;
import com.qh.vacancy.api.VacanciesGrpc;
import com.qh.vacancy.api.WorkFormat;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code qh.vacancy.v1.Vacancies} on the service's HTTP port, called as the analysis service calls it: with a
 * service token for {@code vacancy}. A user's token or one for another service is refused, another user's vacancy
 * is not found, and the market store pages through ten thousand vacancies in id order.
 */
@QhServiceTest
class VacanciesGrpcTest {

    private static final String POSTING = """
            Senior Java Developer
            Northwind Payments, Moscow. Hybrid work. Salary from 300 000 to 400 000 RUB gross.
            Requirements:
            - 5+ years of commercial development in Java
            - Spring Boot, PostgreSQL, Kafka
            Nice to have: Kubernetes
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ManagedChannel channel;

    @BeforeEach
    void connect() {
        channel = Grpc.newChannelBuilder("127.0.0.1:" + port, InsecureChannelCredentials.create()).build();
    }

    @AfterEach
    void disconnect() {
        channel.shutdownNow();
    }

    @Test
    void answersServiceTheOwnersSavedVacancyWithRequirements() {
        UUID owner = UUID.randomUUID();
        String id = save(owner, POSTING);

        Vacancy vacancy = vacancies(service()).get(GetVacancyRequest.newBuilder().setUserId(owner.toString())
                .setVacancyId(id).build());

        assertThat(vacancy.getId()).isEqualTo(id);
        assertThat(vacancy.getTitle()).isEqualTo("Senior Java Developer");
        assertThat(vacancy.getDescription()).contains("Spring Boot, PostgreSQL, Kafka");
        assertThat(vacancy.getRequirements().getSkillsList()).extracting(skill -> skill.getName())
                .contains("Java", "Spring Boot", "PostgreSQL");
    }

    @Test
    void answersNotFoundForAnotherUsersVacancy() {
        String id = save(UUID.randomUUID(), POSTING);

        assertThatThrownBy(() -> vacancies(service()).get(GetVacancyRequest.newBuilder()
                .setUserId(UUID.randomUUID().toString()).setVacancyId(id).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                        .isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void listsTheOwnersSavedVacanciesOnly() {
        UUID owner = UUID.randomUUID();
        String first = save(owner, POSTING);
        String second = save(owner, "Data Analyst\nSQL, Python and Tableau every day.");
        save(UUID.randomUUID(), POSTING);

        List<Vacancy> saved = vacancies(service()).listSaved(ListSavedRequest.newBuilder()
                .setUserId(owner.toString()).setLimit(10).build()).getVacanciesList();

        assertThat(saved).extracting(Vacancy::getId).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void pagesThroughTenThousandMarketVacanciesInIdOrder() {
        Set<String> added = addMarketVacancies(10_000);

        long started = System.nanoTime();
        List<String> seen = allMarketVacancies().stream().map(Vacancy::getId).toList();
        System.out.printf("Paged %d market vacancies over gRPC in %d ms%n", seen.size(),
                (System.nanoTime() - started) / 1_000_000);

        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen).containsAll(added);
        // PostgreSQL orders uuids as unsigned bytes, which is the order of their lower-case text.
        assertThat(seen).isSorted();
    }

    @Test
    void answersMarketVacancyWithSalaryAndSkills() {
        String id = addMarketVacancies(1).iterator().next();

        Vacancy vacancy = allMarketVacancies().stream().filter(v -> v.getId().equals(id)).findFirst()
                .orElseThrow();

        assertThat(vacancy.getWorkFormat()).isEqualTo(WorkFormat.WORK_FORMAT_REMOTE);
        assertThat(vacancy.getCity()).isEqualTo("Moscow");
        assertThat(vacancy.getSalary().getFrom()).isEqualTo(200_000);
        assertThat(vacancy.getSalary().getCurrency()).isEqualTo("RUB");
        assertThat(vacancy.getRequirements().getSkillsList()).extracting(skill -> skill.getName())
                .containsExactly("Java", "SQL");
    }

    @Test
    void refusesUserTokenWithPermissionDenied() {
        UUID owner = UUID.randomUUID();

        assertThatThrownBy(() -> vacancies(TestUsers.user(owner)).listSaved(ListSavedRequest.newBuilder()
                .setUserId(owner.toString()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                        .isEqualTo(Status.Code.PERMISSION_DENIED));
    }

    @Test
    void refusesServiceTokenMeantForAnotherService() {
        assertThatThrownBy(() -> vacancies(TestUsers.service("analysis", "profile")).listSaved(
                ListSavedRequest.newBuilder().setUserId(UUID.randomUUID().toString()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                        .isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    @Test
    void refusesLimitOutOfRangeAsInvalidArgument() {
        assertThatThrownBy(() -> vacancies(service()).listMarket(ListMarketRequest.newBuilder().setLimit(5000)
                .build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> assertThat(e.getStatus().getCode())
                        .isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    @Test
    void answersTheShippedTaxonomyBeforeAnyRelease() {
        TaxonomyRelease release = vacancies(service()).getTaxonomyRelease(GetTaxonomyReleaseRequest.getDefaultInstance());

        assertThat(release.getNumber()).isZero();
        assertThat(release.getVersion()).isEqualTo(release.getBaseVersion()).isNotBlank();
        assertThat(release.getOverlayList()).isEmpty();
    }

    private List<Vacancy> allMarketVacancies() {
        List<Vacancy> all = new ArrayList<>();
        String after = "";
        do {
            MarketPage page = vacancies(service()).listMarket(ListMarketRequest.newBuilder().setAfter(after)
                    .setLimit(1000).build());
            all.addAll(page.getVacanciesList());
            after = page.getNextAfter();
        }
        while (!after.isEmpty());
        return all;
    }

    private String save(UUID owner, String text) {
        return ApiClient.on(port).as(TestUsers.user(owner)).post("/api/v1/vacancies/import", Map.of("text", text))
                .json().get("id").asString();
    }

    private Set<String> addMarketVacancies(int count) {
        Set<String> ids = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id.toString());
            rows.add(new Object[] { id, "test-" + UUID.randomUUID(), "Java developer " + i, now });
        }
        jdbc.batchUpdate("insert into market_vacancy (id, source, source_id, title, city, salary_from, salary_to, "
                + "salary_currency, salary_monthly_from, salary_monthly_to, work_format, skills, imported_at) "
                + "values (?, 'hh', ?, ?, 'Moscow', 200000, 300000, 'RUB', 200000, 300000, 'REMOTE', "
                + "array['Java', 'SQL'], ?)", rows);
        return ids;
    }

    private static String service() {
        return TestUsers.service("analysis", "vacancy");
    }

    private VacanciesGrpc.VacanciesBlockingStub vacancies(String token) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return VacanciesGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                .withDeadlineAfter(30, TimeUnit.SECONDS);
    }
}
