package com.qh.analysis;

import static com.qh.analysis.SourceServices.JMIX_USER;
import static com.qh.analysis.SourceServices.JMIX_VACANCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.skills.Skill;
import com.qh.skills.SkillTaxonomy;
import com.qh.skills.SkillsInUse;
import com.qh.test.ApiClient;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import com.qh.vacancy.api.SkillsReleased;
import com.qh.vacancy.api.SkillsReleased.Addition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The analysis service reads skills with the vacancy service's taxonomy release in use: the one
 * {@link SourceServices} answers over gRPC at start, then each {@code skills.released.v1} that arrives through the
 * embedded broker, without a restart.
 */
@QhServiceTest
@Import(SourceServices.class)
class SkillReleasesServiceTest {

    private static final String SHIPPED = SkillTaxonomy.builtIn().version();
    private static final Addition HELIDON = new Addition("Helidon", "frameworks", List.of("Oracle Helidon"), true);
    private static final Addition JMIX = new Addition("Jmix", "frameworks", List.of("CUBA Platform"), true);

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    SkillsInUse skills;

    @Test
    void startsWithTheReleaseTheVacancyServiceHasInUse() {
        await().atMost(Duration.ofSeconds(20)).until(() -> skills.release() > 0);
        assertThat(skills.taxonomy().find("Oracle Helidon")).map(Skill::name).contains("Helidon");
        assertThat(skills.graph().taxonomy()).isSameAs(skills.taxonomy());
    }

    @Test
    void aReleaseEventMakesASkillOnlyItNamesCountInTheMatch() {
        JsonNode before = match();
        assertThat(requirements(before)).contains("Java", "Spring Boot").doesNotContain("Jmix");

        publish(new SkillsReleased(UUID.randomUUID(), Instant.now(), SHIPPED + "+2", SHIPPED, 2, List.of(JMIX),
                List.of(HELIDON, JMIX)));
        await().atMost(Duration.ofSeconds(20)).until(() -> skills.release() == 2);

        JsonNode after = match();
        assertThat(requirements(after)).contains("Java", "Spring Boot", "Jmix");
        List<String> missing = new ArrayList<>();
        after.path("missingSkills").forEach(skill -> missing.add(skill.asString()));
        assertThat(missing).contains("Jmix");
        assertThat(skills.taxonomy().version()).isEqualTo(SHIPPED + "+2");
    }

    private JsonNode match() {
        ApiClient.Reply reply = ApiClient.on(port).as(TestUsers.user(JMIX_USER))
                .post("/api/v1/analysis/match", Map.of("vacancyId", JMIX_VACANCY));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> requirements(JsonNode match) {
        List<String> names = new ArrayList<>();
        match.path("requirements").forEach(line -> names.add(line.path("requirement").asString()));
        return names;
    }

    private void publish(SkillsReleased event) {
        rabbit.convertAndSend("qh.events", "skills.released.v1", ApiClient.JSON.writeValueAsBytes(event), m -> {
            m.getMessageProperties().setContentType("application/json");
            return m;
        });
    }
}
