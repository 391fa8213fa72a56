package com.qh.resume;

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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The profile and vacancy services as the resume service meets them in production: a real gRPC server in the JVM on a
 * loopback port implementing profile-api's {@code ProfileSnapshots} and vacancy-api's {@code Vacancies.Get} over
 * fixture data in their wire format, and auth's service-token endpoint ({@link ServiceTokenIssuer}). Like the real
 * services it refuses a call whose service token is not meant for it. The servers start once per test JVM.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ResumeSources {

    /** Vera: a bilingual backend developer's profile (src/test/resources/profiles/vera-sokolova.json). */
    public static final UUID VERA = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    /** A user whose profile has only a language: nothing to print. */
    public static final UUID EMPTY = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    /** Another user, with a vacancy of their own. */
    public static final UUID OTHER = UUID.fromString("00000000-0000-4000-8000-0000000000a3");

    public static final UUID VERAS_JAVA_VACANCY = UUID.fromString("10000000-0000-4000-8000-0000000000b1");
    public static final UUID OTHERS_VACANCY = UUID.fromString("10000000-0000-4000-8000-0000000000b2");

    private static final RequirementExtractor EXTRACTOR = new RequirementExtractor(SkillTaxonomy.builtIn());

    static final Map<UUID, String> PROFILES = Map.of(VERA, resource("profiles/vera-sokolova.json"),
            EMPTY, "{\"primaryLanguage\": \"en\", \"personal\": {}}",
            OTHER, resource("profiles/vera-sokolova.json"));
    static final Map<UUID, List<Vacancy>> SAVED = Map.of(
            VERA, List.of(vacancy(VERAS_JAVA_VACANCY, "java-payments")),
            OTHER, List.of(vacancy(OTHERS_VACANCY, "qa-automation")));

    /** Vacancies their owner has deleted since (ids): the vacancy service no longer knows them. */
    static final Set<String> DELETED = ConcurrentHashMap.newKeySet();

    private static final Server SERVER = start();
    private static final ServiceTokenIssuer AUTH = ServiceTokenIssuer.start("resume");

    /** Where the resume service finds the profile, vacancy and auth services, and its own client secret. */
    @Bean
    static DynamicPropertyRegistrar sourceServiceAddresses() {
        return registry -> {
            registry.add("qh.services.profile.grpc-address", () -> "127.0.0.1:" + SERVER.getPort());
            registry.add("qh.services.vacancy.grpc-address", () -> "127.0.0.1:" + SERVER.getPort());
            registry.add("qh.services.auth.url", AUTH::url);
            registry.add("qh.security.service-client.secret", () -> "resume-secret");
        };
    }

    /** The saved vacancy's text, as the vacancy service keeps it. */
    public static String vacancyText(String name) {
        return resource("vacancies/" + name + ".md");
    }

    /** The vacancy as the vacancy service answers it: its text and the requirements read from it. */
    public static Vacancy vacancy(UUID id, String name) {
        String text = vacancyText(name);
        Requirements.Builder requirements = Requirements.newBuilder();
        for (var skill : EXTRACTOR.extract(text).skills()) {
            requirements.addSkills(RequiredSkill.newBuilder().setName(skill.name())
                    .setImportance(skill.importance() == com.qh.skills.requirements.Importance.MUST
                            ? Importance.IMPORTANCE_MUST : Importance.IMPORTANCE_NICE)
                    .setEvidence(skill.evidence() == null ? "" : skill.evidence()));
        }
        String title = text.lines().filter(line -> line.startsWith("# ")).findFirst().orElseThrow().substring(2);
        return Vacancy.newBuilder().setId(id.toString()).setSource("text").setTitle(title)
                .setEmployer("Employer of " + name).setDescription(text).setRequirements(requirements).build();
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

    /** The profile contract: a user without a profile answers {@code found = false}. */
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

    /** The vacancy contract: a user's own vacancy; anyone else's is NOT_FOUND. */
    static final class VacancyService extends VacanciesGrpc.VacanciesImplBase {

        @Override
        public void get(GetVacancyRequest request, StreamObserver<Vacancy> answer) {
            Vacancy vacancy = SAVED.getOrDefault(UUID.fromString(request.getUserId()), List.of()).stream()
                    .filter(v -> v.getId().equals(request.getVacancyId()) && !DELETED.contains(v.getId()))
                    .findFirst().orElse(null);
            if (vacancy == null) {
                answer.onError(Status.NOT_FOUND.withDescription("No such vacancy among the user's")
                        .asRuntimeException());
                return;
            }
            answer.onNext(vacancy);
            answer.onCompleted();
        }
    }

    static String resource(String path) {
        try (InputStream in = ResumeSources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
