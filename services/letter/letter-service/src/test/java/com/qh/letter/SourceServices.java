package com.qh.letter;

import com.nimbusds.jwt.SignedJWT;
import com.qh.profile.api.GetProfileRequest;
import com.qh.profile.api.ProfileSnapshot;
import com.qh.profile.api.ProfileSnapshotsGrpc;
import com.qh.skills.SkillTaxonomy;
import com.qh.skills.requirements.RequirementExtractor;
import com.qh.test.ServiceTokenIssuer;
import com.qh.vacancy.api.GetVacancyRequest;
import com.qh.vacancy.api.Importance;
import com.qh.vacancy.api.RequiredSkill;
import com.qh.vacancy.api.Requirements;
import com.qh.vacancy.api.VacanciesGrpc;
import com.qh.vacancy.api.Vacancy;
import io.grpc.BindableService;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile and vacancy services as the letter service meets them: a real gRPC server in the JVM (Netty on a
 * loopback port) implementing profile-api's {@code ProfileSnapshots} and vacancy-api's {@code Vacancies} over
 * fixtures in their wire format, and auth's service-token endpoint ({@link ServiceTokenIssuer}). Import it into a
 * {@code @QhServiceTest}: the service's own gRPC clients, channels, service tokens and deadlines do the reading. Like
 * the real services, the server refuses a call whose service token is not meant for it. A saved vacancy carries the
 * requirements read from its text, as the vacancy service keeps them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SourceServices {

    /** Ivan: a Russian Java developer's profile (the quality pair {@code ru-java-developer}). */
    public static final UUID IVAN = UUID.fromString("00000000-0000-4000-8000-000000000001");
    /** Maria: an English backend engineer's profile (the quality pair {@code en-java-developer}). */
    public static final UUID MARIA = UUID.fromString("00000000-0000-4000-8000-000000000002");
    /** A user whose stored profile holds nothing to draw evidence from. */
    public static final UUID EMPTY = UUID.fromString("00000000-0000-4000-8000-000000000003");
    /** A user whose account is deleted in a test. */
    public static final UUID LEAVING = UUID.fromString("00000000-0000-4000-8000-000000000004");

    public static final UUID IVANS_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000001");
    public static final UUID IVANS_VACANCY_WITHOUT_TEXT = UUID.fromString("10000000-0000-4000-8000-000000000002");
    public static final UUID MARIAS_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000003");
    public static final UUID EMPTYS_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000004");
    public static final UUID LEAVINGS_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000005");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequirementExtractor EXTRACTOR = new RequirementExtractor(SkillTaxonomy.builtIn());

    static final Map<UUID, String> PROFILES = Map.of(
            IVAN, pair("ru-java-developer").path("profile").toString(),
            MARIA, pair("en-java-developer").path("profile").toString(),
            LEAVING, pair("en-java-developer").path("profile").toString(),
            EMPTY, "{\"primaryLanguage\": \"en\", \"personal\": {\"firstName\": {\"en\": \"Nobody\"}}}");
    static final Map<UUID, List<Vacancy>> SAVED = Map.of(
            IVAN, List.of(saved(IVANS_VACANCY, pair("ru-java-developer").path("vacancy")),
                    Vacancy.newBuilder().setId(IVANS_VACANCY_WITHOUT_TEXT.toString()).setSource("text")
                            .setTitle("Архитектор").setEmployer("Пустая вакансия").build()),
            MARIA, List.of(saved(MARIAS_VACANCY, pair("en-java-developer").path("vacancy"))),
            EMPTY, List.of(saved(EMPTYS_VACANCY, pair("en-java-developer").path("vacancy"))),
            LEAVING, List.of(saved(LEAVINGS_VACANCY, pair("en-java-developer").path("vacancy"))));

    private static final Server SERVER = start();
    private static final ServiceTokenIssuer AUTH = ServiceTokenIssuer.start("letter");

    /** Where the letter service finds the profile, vacancy and auth services, and its own client secret. */
    @Bean
    static DynamicPropertyRegistrar sourceServiceAddresses() {
        return registry -> {
            registry.add("qh.services.profile.grpc-address", () -> "127.0.0.1:" + SERVER.getPort());
            registry.add("qh.services.vacancy.grpc-address", () -> "127.0.0.1:" + SERVER.getPort());
            registry.add("qh.services.auth.url", AUTH::url);
            registry.add("qh.security.service-client.secret", () -> "letter-secret");
        };
    }

    private static Server start() {
        try {
            return Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                    .addService(forAudience("profile", new ProfileService()))
                    .addService(forAudience("vacancy", new VacancyService()))
                    .build().start();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServerServiceDefinition forAudience(String audience, BindableService service) {
        Metadata.Key<String> authorization = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
        return ServerInterceptors.intercept(service, new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                    ServerCallHandler<Q, A> next) {
                String bearer = headers.get(authorization);
                if (bearer == null || !bearer.startsWith("Bearer ") || !audienceOf(bearer.substring(7))
                        .contains(audience)) {
                    call.close(Status.UNAUTHENTICATED.withDescription("No service token for " + audience),
                            new Metadata());
                    return new ServerCall.Listener<>() {
                    };
                }
                return next.startCall(call, headers);
            }
        });
    }

    private static List<String> audienceOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getAudience();
        }
        catch (ParseException e) {
            return List.of();
        }
    }

    static final class ProfileService extends ProfileSnapshotsGrpc.ProfileSnapshotsImplBase {

        @Override
        public void get(GetProfileRequest request, StreamObserver<ProfileSnapshot> answer) {
            String profile = PROFILES.get(UUID.fromString(request.getUserId()));
            answer.onNext(ProfileSnapshot.newBuilder().setFound(profile != null)
                    .setProfileJson(profile != null ? profile : "{\"primaryLanguage\": \"en\"}")
                    .setEtag(profile != null ? "\"v3\"" : "\"v0\"").build());
            answer.onCompleted();
        }
    }

    static final class VacancyService extends VacanciesGrpc.VacanciesImplBase {

        @Override
        public void get(GetVacancyRequest request, StreamObserver<Vacancy> answer) {
            Vacancy vacancy = SAVED.getOrDefault(UUID.fromString(request.getUserId()), List.of()).stream()
                    .filter(v -> v.getId().equals(request.getVacancyId())).findFirst().orElse(null);
            if (vacancy == null) {
                answer.onError(Status.NOT_FOUND.withDescription("No such vacancy among the user's")
                        .asRuntimeException());
                return;
            }
            answer.onNext(vacancy);
            answer.onCompleted();
        }
    }

    /** A vacancy of a quality pair saved by a user, with the requirements read from its text. */
    static Vacancy saved(UUID id, JsonNode vacancy) {
        String text = vacancy.path("description").asString();
        Requirements.Builder requirements = Requirements.newBuilder();
        for (var skill : EXTRACTOR.extract(text).skills()) {
            requirements.addSkills(RequiredSkill.newBuilder().setName(skill.name())
                    .setImportance(skill.importance() == com.qh.skills.requirements.Importance.MUST
                            ? Importance.IMPORTANCE_MUST : Importance.IMPORTANCE_NICE)
                    .setEvidence(skill.evidence() != null ? skill.evidence() : ""));
        }
        return Vacancy.newBuilder().setId(id.toString()).setSource("text").setTitle(vacancy.path("title").asString())
                .setEmployer(vacancy.path("employer").asString()).setDescription(text)
                .setRequirements(requirements).build();
    }

    static JsonNode pair(String name) {
        try (InputStream in = SourceServices.class.getClassLoader().getResourceAsStream("quality/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No quality pair " + name);
            }
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
