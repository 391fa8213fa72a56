package com.qh.letter;

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
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile and vacancy services as the letter service meets them ({@link SourceServer}: a real gRPC server in the
 * JVM and auth's service-token endpoint, refusing a token not meant for them), over this service's fixtures. Import
 * it into a {@code @QhServiceTest}: the service's own gRPC clients, channels, service tokens and deadlines do the
 * reading. A saved vacancy carries the requirements read from its text, as the vacancy service keeps them.
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

    private static final SourceServer SERVER = SourceServer.start("letter", new FakeProfiles(PROFILES),
            new FakeVacancies(SAVED));

    /** Where the letter service finds the profile, vacancy and auth services, and its own client secret. */
    @Bean
    static DynamicPropertyRegistrar sourceServiceAddresses() {
        return SERVER.addressesFor("letter");
    }

    /** A vacancy of a quality pair saved by a user, with the requirements read from its text. */
    static Vacancy saved(UUID id, JsonNode vacancy) {
        String text = vacancy.path("description").asString();
        return Vacancy.newBuilder().setId(id.toString()).setSource("text").setTitle(vacancy.path("title").asString())
                .setEmployer(vacancy.path("employer").asString()).setDescription(text)
                .setRequirements(FakeVacancies.requirements(text, true)).build();
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
