package com.qh.analysis;

import com.qh.skills.SkillTaxonomy;
import com.qh.test.sources.FakeProfiles;
import com.qh.test.sources.FakeVacancies;
import com.qh.test.sources.SourceServer;
import com.qh.vacancy.api.SkillAddition;
import com.qh.vacancy.api.TaxonomyRelease;
import com.qh.vacancy.api.Vacancy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The profile and vacancy services as the analysis service meets them in production ({@link SourceServer}: a real
 * gRPC server in the JVM and auth's service-token endpoint, refusing a token not meant for them), over this service's
 * fixtures. Import it into a {@code @QhServiceTest}: it points {@code qh.services.profile.grpc-address},
 * {@code qh.services.vacancy.grpc-address} and {@code qh.services.auth.url} at them, so the service's own gRPC
 * clients, channels, service tokens and deadlines do the reading.
 *
 * <p>The fixtures: users' profiles ({@code src/test/resources/sources/profiles}, the labelled dev profiles of the
 * match set written in the profile's format), each user's saved vacancies, a market store of the labelled dev
 * vacancies and the taxonomy release in use ({@link #RELEASE}). A saved vacancy carries its description and the
 * requirements read from it, as the vacancy service keeps them; a market one only its title and skills, as the market
 * store does. The servers start once per test JVM.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SourceServices {

    /** Ivan: 5.5 years of Java with Spring Boot, PostgreSQL, Kafka, Docker and k8s. */
    public static final UUID IVAN = UUID.fromString("00000000-0000-4000-8000-000000000001");
    /** A user who never wrote a profile. */
    public static final UUID NO_PROFILE = UUID.fromString("00000000-0000-4000-8000-000000000002");
    /** Another user, with vacancies of their own. */
    public static final UUID OTHER = UUID.fromString("00000000-0000-4000-8000-000000000003");
    /** A user whose account is deleted in a test. */
    public static final UUID LEAVING = UUID.fromString("00000000-0000-4000-8000-000000000004");
    /** A Java developer (Ivan's profile) with a vacancy that asks for a skill only a taxonomy release knows. */
    public static final UUID JMIX_USER = UUID.fromString("00000000-0000-4000-8000-000000000005");

    public static final UUID IVANS_JAVA_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000001");
    public static final UUID IVANS_ACCOUNTANT_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000002");
    public static final UUID OTHERS_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000003");
    public static final UUID LEAVINGS_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000004");
    public static final UUID NO_PROFILES_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000005");
    public static final UUID JMIX_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000006");

    /**
     * The taxonomy release the vacancy service has in use, as {@code GetTaxonomyRelease} answers it: release 1, which
     * added Helidon. Jmix, which {@link #JMIX_VACANCY} asks for, comes with no release yet.
     */
    public static final TaxonomyRelease RELEASE = TaxonomyRelease.newBuilder()
            .setVersion(SkillTaxonomy.builtIn().version() + "+1").setBaseVersion(SkillTaxonomy.builtIn().version())
            .setNumber(1).addOverlay(SkillAddition.newBuilder().setSkill("Helidon").setCategory("frameworks")
                    .addAliases("Oracle Helidon").setNewSkill(true))
            .build();

    /** The market store: every dev vacancy once, the Java one under the hh.ru id Ivan saved it with. */
    public static final List<String> MARKET = List.of("java-middle-moscow", "qa-automation-engineer",
            "senior-react-remote", "analitik-dannykh", "buhgalter-osno", "registered-nurse-medsurg",
            "menedzher-po-prodazham-b2b", "product-manager-fintech");

    /** Each user's profile as the profile service answers it; a user missing here has none. */
    static final Map<UUID, String> PROFILES = Map.of(IVAN, profileJson("ivan-petrov"),
            OTHER, profileJson("olga-kuznetsova"), LEAVING, profileJson("anna-volkova"),
            JMIX_USER, profileJson("ivan-petrov"));
    /** Each user's saved vacancies, most recently changed first. */
    static final Map<UUID, List<Vacancy>> SAVED = Map.of(
            IVAN, List.of(saved(IVANS_JAVA_VACANCY, "hh", "101", "java-middle-moscow"),
                    saved(IVANS_ACCOUNTANT_VACANCY, "text", "", "buhgalter-osno")),
            OTHER, List.of(saved(OTHERS_VACANCY, "text", "", "qa-automation-engineer")),
            LEAVING, List.of(saved(LEAVINGS_VACANCY, "text", "", "qa-automation-engineer")),
            NO_PROFILE, List.of(saved(NO_PROFILES_VACANCY, "text", "", "senior-react-remote")),
            JMIX_USER, List.of(savedText(JMIX_VACANCY, """
                    # Java-разработчик (Jmix)
                    Требования:
                    - Java от 3 лет
                    - Spring Boot
                    - Jmix
                    """)));
    /** The market store; the fake serves it in pages by id. */
    static final List<Vacancy> MARKET_VACANCIES = market();

    private static final SourceServer SERVER = SourceServer.start("analysis", new FakeProfiles(PROFILES),
            new FakeVacancies(SAVED, Set.of(), MARKET_VACANCIES, RELEASE));

    /** Where the analysis service finds the profile, vacancy and auth services, and its own client secret. */
    @Bean
    static DynamicPropertyRegistrar sourceServiceAddresses() {
        return SERVER.addressesFor("analysis");
    }

    /** A labelled dev vacancy saved by a user: its text as the description and the requirements read from it. */
    static Vacancy saved(UUID id, String source, String sourceId, String name) {
        String text = vacancyText(name);
        return Vacancy.newBuilder().setId(id.toString()).setSource(source).setSourceId(sourceId)
                .setTitle(title(name, text)).setEmployer("Employer of " + name).setDescription(text)
                .setRequirements(FakeVacancies.requirements(text, true)).build();
    }

    /** A vacancy pasted as text: its Markdown heading the title. */
    static Vacancy savedText(UUID id, String text) {
        return Vacancy.newBuilder().setId(id.toString()).setSource("text").setTitle(title("pasted", text))
                .setDescription(text).setRequirements(FakeVacancies.requirements(text, true)).build();
    }

    /** A labelled dev vacancy in the market store: title and skills, no description. */
    static Vacancy marketVacancy(String name, String sourceId) {
        String text = vacancyText(name);
        return Vacancy.newBuilder().setId(UUID.nameUUIDFromBytes(("market-" + name).getBytes(StandardCharsets.UTF_8))
                        .toString())
                .setSource("hh").setSourceId(sourceId).setTitle(title(name, text)).setEmployer("Employer of " + name)
                .setRequirements(FakeVacancies.requirements(text, false)).build();
    }

    private static List<Vacancy> market() {
        List<Vacancy> market = new ArrayList<>();
        for (int i = 0; i < MARKET.size(); i++) {
            String name = MARKET.get(i);
            market.add(marketVacancy(name, name.equals("java-middle-moscow") ? "101" : String.valueOf(900 + i)));
        }
        return List.copyOf(market);
    }

    private static String title(String name, String text) {
        return text.lines().filter(line -> line.startsWith("# ")).findFirst().orElse("# " + name).substring(2)
                .strip();
    }

    private static String vacancyText(String name) {
        return resource("quality/match/dev/vacancies/" + name + ".md");
    }

    private static String profileJson(String name) {
        return resource("sources/profiles/" + name + ".json");
    }

    private static String resource(String path) {
        try (InputStream in = SourceServices.class.getClassLoader().getResourceAsStream(path)) {
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
