package com.qh.analysis.source.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import com.qh.analysis.match.Candidate;
import com.qh.analysis.match.WorkFormat;
import com.qh.analysis.source.Vacancies.MarketPage;
import com.qh.analysis.source.VacancyView;
import com.qh.platform.client.ClientProperties;
import com.qh.platform.client.ServiceTokens;
import com.qh.platform.grpc.GrpcAutoConfiguration;
import com.qh.profile.api.GetProfileRequest;
import com.qh.profile.api.ProfileSnapshot;
import com.qh.profile.api.ProfileSnapshotsGrpc;
import com.qh.test.ServiceTokenIssuer;
import com.qh.test.TestUsers;
import com.qh.vacancy.api.GetVacancyRequest;
import com.qh.vacancy.api.ListMarketRequest;
import com.qh.vacancy.api.ListSavedRequest;
import com.qh.vacancy.api.RequiredSkill;
import com.qh.vacancy.api.Requirements;
import com.qh.vacancy.api.Salary;
import com.qh.vacancy.api.VacanciesGrpc;
import com.qh.vacancy.api.Vacancy;
import com.qh.vacancy.api.VacancyList;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.grpc.client.autoconfigure.GrpcClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gRPC clients against a real gRPC server in the JVM (Netty on a loopback port) that implements the profile and
 * vacancy contracts over test data, with Spring gRPC's client auto-configuration and platform/grpc's channels as
 * in production, and auth's service-token endpoint played by a small HTTP server.
 */
class GrpcSourcesTest {

    static final UUID VERA = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    static final UUID NOBODY = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    static final UUID JAVA_VACANCY = UUID.fromString("10000000-0000-4000-8000-00000000000a");
    static final UUID HANGING_VACANCY = UUID.fromString("10000000-0000-4000-8000-00000000000f");

    static final Queue<String> AUTHORIZATIONS = new ConcurrentLinkedQueue<>();
    static Server server;
    static ServiceTokenIssuer auth;

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class,
                    GrpcClientAutoConfiguration.class, GrpcAutoConfiguration.class))
            .withBean(ServiceTokens.class, () -> new ServiceTokens(
                    auth.url(), "analysis", "analysis-secret",
                    new ClientProperties(Duration.ofSeconds(2), Duration.ofSeconds(5)), JsonMapper.builder().build(),
                    Clock.systemUTC()))
            .withBean(GrpcProfiles.class)
            .withBean(GrpcVacancies.class)
            .withPropertyValues("qh.grpc.deadline=2s",
                    "qh.services.profile.grpc-address=127.0.0.1:" + server.getPort(),
                    "qh.services.vacancy.url=http://127.0.0.1:" + server.getPort());

    @BeforeAll
    static void start() throws IOException {
        TestUsers.service("analysis", "warm-up"); // makes the signing key now, not within a call's deadline
        ServerInterceptor recordAuthorization = new ServerInterceptor() {
            @Override
            public <Q, A> io.grpc.ServerCall.Listener<Q> interceptCall(io.grpc.ServerCall<Q, A> call,
                    Metadata headers, io.grpc.ServerCallHandler<Q, A> next) {
                AUTHORIZATIONS.add(String.valueOf(headers.get(Metadata.Key.of("authorization",
                        Metadata.ASCII_STRING_MARSHALLER))));
                return next.startCall(call, headers);
            }
        };
        server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                .addService(ServerInterceptors.intercept(new TestProfiles(), recordAuthorization))
                .addService(ServerInterceptors.intercept(new TestVacancies(), recordAuthorization))
                .build().start();
        auth = ServiceTokenIssuer.start("analysis");
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
        auth.close();
    }

    @Test
    void readsProfileAsCandidateInItsPrimaryLanguage() {
        context.run(app -> {
            Candidate vera = app.getBean(GrpcProfiles.class).candidateOf(VERA).orElseThrow();

            assertThat(vera.headline()).isEqualTo("Backend-разработчик");
            assertThat(vera.city()).isEqualTo("Москва");
            assertThat(vera.workFormats()).containsExactly(WorkFormat.HYBRID);
            assertThat(vera.desiredSalary().min()).isEqualTo(350_000L);
            assertThat(vera.work()).singleElement().satisfies(job -> {
                assertThat(job.id()).isEqualTo("5f0c7c1e-0000-4000-8000-000000000001");
                assertThat(job.employer()).isEqualTo("Northwind");
                assertThat(job.start()).isEqualTo(YearMonth.of(2021, 3));
                assertThat(job.end()).isNull();
                assertThat(job.highlights()).containsExactly("Сократила время расчётов на 80%");
            });
            assertThat(vera.skills()).singleElement().satisfies(group -> assertThat(group.keywords())
                    .containsExactly("Java", "Spring Boot", "PostgreSQL"));
            assertThat(vera.languages()).singleElement().satisfies(language -> assertThat(language.level())
                    .isEqualTo("C1 Fluent"));
        });
    }

    @Test
    void sendsServiceTokenMeantForTheServiceCalled() {
        context.run(app -> {
            AUTHORIZATIONS.clear();
            app.getBean(GrpcProfiles.class).candidateOf(VERA);

            String authorization = AUTHORIZATIONS.poll();
            assertThat(authorization).startsWith("Bearer ");
            assertThat(SignedJWT.parse(authorization.substring(7)).getJWTClaimsSet().getAudience())
                    .containsExactly("profile");
        });
    }

    @Test
    void answersEmptyForUserWithoutProfile() {
        context.run(app -> assertThat(app.getBean(GrpcProfiles.class).candidateOf(NOBODY)).isEmpty());
    }

    @Test
    void readsSavedVacancyForTheMatcher() {
        context.run(app -> {
            VacancyView view = app.getBean(GrpcVacancies.class).find(VERA, JAVA_VACANCY).orElseThrow();

            assertThat(view.id()).isEqualTo(JAVA_VACANCY);
            assertThat(view.source()).isEqualTo("hh");
            assertThat(view.sourceId()).isEqualTo("98765432");
            assertThat(view.employer()).isEqualTo("Northwind Payments");
            assertThat(view.vacancy().text()).contains("Spring Boot");
            assertThat(view.vacancy().workFormat()).isEqualTo(WorkFormat.REMOTE);
            assertThat(view.vacancy().salary().min()).isEqualTo(300_000L);
            assertThat(view.vacancy().salary().max()).isNull();
        });
    }

    @Test
    void answersEmptyWhenTheVacancyServiceSaysNotFound() {
        context.run(app -> assertThat(app.getBean(GrpcVacancies.class).find(NOBODY, JAVA_VACANCY)).isEmpty());
    }

    @Test
    void endsCallAtTheDeadlineAsServiceUnavailable() {
        context.run(app -> assertThatThrownBy(() -> app.getBean(GrpcVacancies.class).find(VERA, HANGING_VACANCY))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(503);
                    assertThat(((StatusRuntimeException) e.getCause()).getStatus().getCode())
                            .isEqualTo(Status.Code.DEADLINE_EXCEEDED);
                }));
    }

    @Test
    void listsSavedVacancies() {
        context.run(app -> assertThat(app.getBean(GrpcVacancies.class).saved(VERA, 1000))
                .extracting(VacancyView::id).containsExactly(JAVA_VACANCY));
    }

    @Test
    void pagesThroughTheMarketAndWritesSkillsAsRequirements() {
        context.run(app -> {
            GrpcVacancies vacancies = app.getBean(GrpcVacancies.class);
            MarketPage first = vacancies.market(null, 2);
            MarketPage second = vacancies.market(first.next(), 2);

            assertThat(first.vacancies()).hasSize(2);
            assertThat(second.vacancies()).hasSize(1);
            assertThat(second.next()).isNull();
            assertThat(first.vacancies().getFirst().vacancy().text())
                    .isEqualTo("Market vacancy 0\nRequirements:\n- Java\n- SQL");
        });
    }

    /** The profile contract over one profile, Vera's, written as the profile service writes it. */
    static final class TestProfiles extends ProfileSnapshotsGrpc.ProfileSnapshotsImplBase {

        private static final String VERA_JSON = """
                {"primaryLanguage": "ru",
                 "personal": {"headline": {"ru": "Backend-разработчик", "en": "Backend developer"},
                   "location": {"countryCode": "RU", "city": {"ru": "Москва", "en": "Moscow"}, "relocation": true,
                     "workFormat": "HYBRID"},
                   "desiredSalary": {"amount": 350000, "currency": "RUB"}},
                 "summary": {"ru": "Пишу платёжные системы на Java.", "en": "I build payment systems in Java."},
                 "experience": [{"id": "5f0c7c1e-0000-4000-8000-000000000001", "employer": {"en": "Northwind"},
                   "position": {"ru": "Ведущий разработчик", "en": "Lead developer"}, "startDate": "2021-03",
                   "current": true, "highlights": [{"ru": "Сократила время расчётов на 80%"}]}],
                 "education": [], "skills": [{"id": "5f0c7c1e-0000-4000-8000-000000000002", "name": "Java",
                   "keywords": ["Spring Boot", "PostgreSQL"]}],
                 "languages": [{"id": "5f0c7c1e-0000-4000-8000-000000000003", "language": "English",
                   "fluency": "Fluent", "cefr": "C1"}]}
                """;

        @Override
        public void get(GetProfileRequest request, StreamObserver<ProfileSnapshot> answer) {
            boolean vera = request.getUserId().equals(VERA.toString());
            answer.onNext(ProfileSnapshot.newBuilder().setFound(vera)
                    .setProfileJson(vera ? VERA_JSON : "{\"primaryLanguage\": \"en\"}")
                    .setEtag(vera ? "\"v4\"" : "\"v0\"").build());
            answer.onCompleted();
        }
    }

    /** The vacancy contract over Vera's one saved vacancy and a market of three. */
    static final class TestVacancies extends VacanciesGrpc.VacanciesImplBase {

        private static final Vacancy JAVA = Vacancy.newBuilder().setId(JAVA_VACANCY.toString()).setSource("hh")
                .setSourceId("98765432").setTitle("Senior Java Developer").setEmployer("Northwind Payments")
                .setUrl("https://hh.ru/vacancy/98765432")
                .setDescription("Requirements:\n- 5+ years of Java\n- Spring Boot, PostgreSQL")
                .setWorkFormat(com.qh.vacancy.api.WorkFormat.WORK_FORMAT_REMOTE)
                .setSalary(Salary.newBuilder().setFrom(300_000).setCurrency("RUB").setGross(true)).build();
        private static final List<Vacancy> MARKET = List.of(market(0), market(1), market(2));
        private static final Map<UUID, Vacancy> SAVED = Map.of(JAVA_VACANCY, JAVA);

        @Override
        public void get(GetVacancyRequest request, StreamObserver<Vacancy> answer) {
            if (request.getVacancyId().equals(HANGING_VACANCY.toString())) {
                return; // never answers: the caller's deadline ends the call
            }
            Vacancy vacancy = request.getUserId().equals(VERA.toString())
                    ? SAVED.get(UUID.fromString(request.getVacancyId())) : null;
            if (vacancy == null) {
                answer.onError(Status.NOT_FOUND.withDescription("No such vacancy among the user's")
                        .asRuntimeException());
                return;
            }
            answer.onNext(vacancy);
            answer.onCompleted();
        }

        @Override
        public void listSaved(ListSavedRequest request, StreamObserver<VacancyList> answer) {
            answer.onNext(VacancyList.newBuilder().addAllVacancies(request.getUserId().equals(VERA.toString())
                    ? List.of(JAVA) : List.of()).build());
            answer.onCompleted();
        }

        @Override
        public void listMarket(ListMarketRequest request, StreamObserver<com.qh.vacancy.api.MarketPage> answer) {
            List<Vacancy> after = MARKET.stream().filter(v -> v.getId().compareTo(request.getAfter()) > 0).toList();
            List<Vacancy> page = after.subList(0, Math.min(request.getLimit(), after.size()));
            com.qh.vacancy.api.MarketPage.Builder reply = com.qh.vacancy.api.MarketPage.newBuilder()
                    .addAllVacancies(page);
            if (page.size() == request.getLimit()) {
                reply.setNextAfter(page.getLast().getId());
            }
            answer.onNext(reply.build());
            answer.onCompleted();
        }

        private static Vacancy market(int n) {
            return Vacancy.newBuilder().setId("20000000-0000-4000-8000-00000000000" + n).setSource("hh")
                    .setSourceId("m" + n).setTitle("Market vacancy " + n)
                    .setRequirements(Requirements.newBuilder()
                            .addSkills(RequiredSkill.newBuilder().setName("Java"))
                            .addSkills(RequiredSkill.newBuilder().setName("SQL")))
                    .build();
        }
    }
}
