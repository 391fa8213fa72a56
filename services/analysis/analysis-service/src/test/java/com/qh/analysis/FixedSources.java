package com.qh.analysis;

import com.qh.analysis.match.Candidate;
import com.qh.analysis.match.JsonResumeCandidates;
import com.qh.analysis.match.Vacancy;
import com.qh.analysis.source.Profiles;
import com.qh.analysis.source.Vacancies;
import com.qh.analysis.source.VacancyView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Profiles and vacancies over fixed data, for the service tests until the gRPC test server of the profile and
 * vacancy contracts is there to answer them: the labelled profiles and vacancies of {@code quality/match/dev}.
 * The beans are {@link Primary} so that they win over the gRPC clients once those exist.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedSources {

    /** Ivan: 5.5 years of Java with Spring Boot, PostgreSQL, Kafka, Docker and k8s. */
    public static final UUID IVAN = UUID.fromString("00000000-0000-4000-8000-000000000001");
    /** A user who never wrote a profile. */
    public static final UUID NO_PROFILE = UUID.fromString("00000000-0000-4000-8000-000000000002");
    /** Another user, with vacancies of their own. */
    public static final UUID OTHER = UUID.fromString("00000000-0000-4000-8000-000000000003");

    /** A user whose account is deleted in a test. */
    public static final UUID LEAVING = UUID.fromString("00000000-0000-4000-8000-000000000004");

    public static final UUID IVANS_JAVA_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000001");
    public static final UUID IVANS_ACCOUNTANT_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000002");
    public static final UUID OTHERS_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000003");
    public static final UUID LEAVINGS_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000004");
    public static final UUID NO_PROFILES_VACANCY = UUID.fromString("10000000-0000-4000-8000-000000000005");

    /** The market store: every dev vacancy once, the Java one under the hh.ru id Ivan saved it with. */
    public static final List<String> MARKET = List.of("java-middle-moscow", "qa-automation-engineer",
            "senior-react-remote", "analitik-dannykh", "buhgalter-osno", "registered-nurse-medsurg",
            "menedzher-po-prodazham-b2b", "product-manager-fintech");

    /** Each user's profile as a labelled JSON Resume; a user missing here has none. */
    public static final Map<UUID, String> PROFILES = Map.of(IVAN, profileJson("ivan-petrov"),
            OTHER, profileJson("olga-kuznetsova"), LEAVING, profileJson("anna-volkova"));
    /** Each user's saved vacancies, newest first. */
    public static final Map<UUID, List<VacancyView>> SAVED = Map.of(
            IVAN, List.of(view(IVANS_JAVA_VACANCY, "hh.ru", "101", "java-middle-moscow"),
                    view(IVANS_ACCOUNTANT_VACANCY, "text", null, "buhgalter-osno")),
            OTHER, List.of(view(OTHERS_VACANCY, "text", null, "qa-automation-engineer")),
            LEAVING, List.of(view(LEAVINGS_VACANCY, "text", null, "qa-automation-engineer")),
            NO_PROFILE, List.of(view(NO_PROFILES_VACANCY, "text", null, "senior-react-remote")));
    /** The market store, in its stable order. */
    public static final List<VacancyView> MARKET_VIEWS = marketVacancies();

    @Bean
    @Primary
    Profiles fixedProfiles() {
        return userId -> Optional.ofNullable(PROFILES.get(userId)).map(JsonResumeCandidates::parse);
    }

    @Bean
    @Primary
    Vacancies fixedVacancies() {
        return new Vacancies() {
            @Override
            public Optional<VacancyView> find(UUID userId, UUID vacancyId) {
                return SAVED.getOrDefault(userId, List.of()).stream().filter(v -> v.id().equals(vacancyId))
                        .findFirst();
            }

            @Override
            public List<VacancyView> saved(UUID userId, int limit) {
                return SAVED.getOrDefault(userId, List.of()).stream().limit(limit).toList();
            }

            @Override
            public MarketPage market(String after, int limit) {
                int from = after == null ? 0 : Integer.parseInt(after);
                int to = Math.min(MARKET_VIEWS.size(), from + limit);
                return new MarketPage(MARKET_VIEWS.subList(from, to),
                        to < MARKET_VIEWS.size() ? String.valueOf(to) : null);
            }
        };
    }

    private static List<VacancyView> marketVacancies() {
        List<VacancyView> views = new ArrayList<>();
        for (int i = 0; i < MARKET.size(); i++) {
            String name = MARKET.get(i);
            views.add(view(UUID.nameUUIDFromBytes(("market-" + name).getBytes(StandardCharsets.UTF_8)), "hh.ru",
                    name.equals("java-middle-moscow") ? "101" : String.valueOf(900 + i), name));
        }
        return views;
    }

    /** A labelled profile of the dev set. */
    public static Candidate profile(String name) {
        return JsonResumeCandidates.parse(profileJson(name));
    }

    /** A labelled profile of the dev set as JSON Resume. */
    public static String profileJson(String name) {
        return resource("quality/match/dev/profiles/" + name + ".json");
    }

    /** A labelled vacancy of the dev set, its title the Markdown heading. */
    public static VacancyView view(UUID id, String source, String sourceId, String name) {
        String text = resource("quality/match/dev/vacancies/" + name + ".md");
        String title = text.lines().filter(line -> line.startsWith("# ")).findFirst().orElse("# " + name)
                .substring(2).strip();
        return new VacancyView(id, source, sourceId, "Employer of " + name, null,
                new Vacancy(title, text, null, null, null));
    }

    private static String resource(String path) {
        try (InputStream in = FixedSources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
