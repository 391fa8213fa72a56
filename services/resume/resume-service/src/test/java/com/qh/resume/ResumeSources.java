package com.qh.resume;

import com.qh.test.sources.FakeProfiles;
import com.qh.test.sources.FakeVacancies;
import com.qh.test.sources.SourceServer;
import com.qh.vacancy.api.Vacancy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The profile and vacancy services as the resume service meets them in production ({@link SourceServer}: a real gRPC
 * server in the JVM and auth's service-token endpoint, refusing a token not meant for them), over this service's
 * fixtures. The servers start once per test JVM.
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

    static final Map<UUID, String> PROFILES = Map.of(VERA, resource("profiles/vera-sokolova.json"),
            EMPTY, "{\"primaryLanguage\": \"en\", \"personal\": {}}",
            OTHER, resource("profiles/vera-sokolova.json"));
    static final Map<UUID, List<Vacancy>> SAVED = Map.of(
            VERA, List.of(vacancy(VERAS_JAVA_VACANCY, "java-payments")),
            OTHER, List.of(vacancy(OTHERS_VACANCY, "qa-automation")));

    /** Vacancies their owner has deleted since (ids): the vacancy service no longer knows them. */
    static final Set<String> DELETED = ConcurrentHashMap.newKeySet();

    private static final SourceServer SERVER = SourceServer.start("resume", new FakeProfiles(PROFILES),
            new FakeVacancies(SAVED, DELETED, List.of(), null));

    /** Where the resume service finds the profile, vacancy and auth services, and its own client secret. */
    @Bean
    static DynamicPropertyRegistrar sourceServiceAddresses() {
        return SERVER.addressesFor("resume");
    }

    /** The saved vacancy's text, as the vacancy service keeps it. */
    public static String vacancyText(String name) {
        return resource("vacancies/" + name + ".md");
    }

    /** The vacancy as the vacancy service answers it: its text and the requirements read from it. */
    public static Vacancy vacancy(UUID id, String name) {
        String text = vacancyText(name);
        String title = text.lines().filter(line -> line.startsWith("# ")).findFirst().orElseThrow().substring(2);
        return Vacancy.newBuilder().setId(id.toString()).setSource("text").setTitle(title)
                .setEmployer("Employer of " + name).setDescription(text)
                .setRequirements(FakeVacancies.requirements(text, true)).build();
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
