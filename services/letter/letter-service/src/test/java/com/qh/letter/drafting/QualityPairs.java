package com.qh.letter.drafting;

import com.qh.letter.source.ProfileFacts;
import com.qh.letter.source.VacancyFacts;
import com.qh.rendering.Language;
import com.qh.skills.SkillTaxonomy;
import com.qh.skills.requirements.Importance;
import com.qh.skills.requirements.RequirementExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile × vacancy pairs of {@code src/test/resources/quality/}, written by the team: a profile in the profile
 * service's model and a vacancy as a user pastes it, whose requirements are read as the vacancy service reads them.
 */
final class QualityPairs {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequirementExtractor EXTRACTOR = new RequirementExtractor(SkillTaxonomy.builtIn());

    /** One pair. */
    record Pair(String name, Language language, JsonNode profileJson, ProfileFacts profile, VacancyFacts vacancy) {

        @Override
        public String toString() {
            return name;
        }
    }

    private QualityPairs() {
    }

    static List<Pair> all() {
        try {
            Path dir = Path.of(QualityPairs.class.getClassLoader().getResource("quality").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.toString().endsWith(".json")).sorted().map(QualityPairs::read).toList();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Pair read(Path file) {
        try {
            JsonNode pair = JSON.readTree(Files.readString(file));
            Language language = Language.of(pair.path("language").asString());
            JsonNode vacancy = pair.path("vacancy");
            String description = vacancy.path("description").asString();
            List<VacancyFacts.Requirement> requirements = EXTRACTOR.extract(description).skills().stream()
                    .map(s -> new VacancyFacts.Requirement(s.name(), s.importance() == Importance.MUST,
                            s.evidence() == null ? "" : s.evidence()))
                    .toList();
            String name = file.getFileName().toString().replace(".json", "");
            return new Pair(name, language, pair.path("profile"),
                    ProfileFacts.of(pair.path("profile"), language.tag()),
                    new VacancyFacts(UUID.nameUUIDFromBytes(name.getBytes()), vacancy.path("title").asString(),
                            vacancy.path("employer").asString(), description, requirements));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
