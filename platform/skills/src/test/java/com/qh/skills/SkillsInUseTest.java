package com.qh.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SkillsInUseTest {

    private final SkillsInUse skills = SkillsInUse.shipped();

    /** A release that adds Helidon and a spelling of PostgreSQL the shipped taxonomy lacks. */
    private static List<Skill> helidonAndPostgresSlang() {
        return List.of(new Skill("Helidon", "frameworks", List.of("Oracle Helidon")),
                new Skill("PostgreSQL", "data", List.of("Постгрескуэль")));
    }

    @Test
    void startsWithTheShippedTaxonomyAndGraph() {
        assertThat(skills.release()).isZero();
        assertThat(skills.taxonomy()).isSameAs(SkillTaxonomy.builtIn());
        assertThat(skills.graph()).isSameAs(SkillGraph.builtIn());
    }

    @Test
    void aReleaseMakesItsSkillsAndSpellingsFoundAndTheGraphFollowsThem() {
        assertThat(skills.graph().implies("Постгрескуэль", "SQL")).as("a spelling the shipped taxonomy lacks").isFalse();

        assertThat(skills.apply(3, helidonAndPostgresSlang())).isTrue();

        assertThat(skills.release()).isEqualTo(3);
        assertThat(skills.taxonomy().version()).isEqualTo(SkillTaxonomy.builtIn().version() + "+3");
        assertThat(skills.taxonomy().findIn("Пишем сервисы на Oracle Helidon, база — Постгрескуэль"))
                .extracting(mention -> mention.skill().name()).containsExactly("Helidon", "PostgreSQL");
        assertThat(skills.graph().taxonomy()).isSameAs(skills.taxonomy());
        assertThat(skills.graph().implies("Постгрескуэль", "SQL")).as("the shipped edge, over the new spelling").isTrue();
        assertThat(skills.graph().implies("Spring Boot", "Java")).isTrue();
        assertThat(SkillTaxonomy.builtIn().find("Helidon")).as("the shipped taxonomy stays as it was").isEmpty();
    }

    @Test
    void ignoresAReleaseNoNewerThanTheOneInUse() {
        skills.apply(3, helidonAndPostgresSlang());
        SkillGraph third = skills.graph();

        assertThat(skills.apply(3, helidonAndPostgresSlang())).as("the same release again").isFalse();
        assertThat(skills.apply(2, List.of(new Skill("Helidon", "frameworks", List.of())))).isFalse();

        assertThat(skills.graph()).isSameAs(third);
        assertThat(skills.taxonomy().find("Oracle Helidon")).isPresent();
    }

    @Test
    void passesOverAnAdditionThatClashesWithTheShippedTaxonomyAndKeepsTheRest() {
        List<Skill> overlay = List.of(new Skill("Kubernetes Lite", "devops", List.of("k8s")),
                new Skill("Helidon", "frameworks", List.of()));

        assertThat(skills.apply(1, overlay)).isTrue();

        assertThat(skills.taxonomy().find("k8s")).map(Skill::name).contains("Kubernetes");
        assertThat(skills.taxonomy().find("Kubernetes Lite")).isEmpty();
        assertThat(skills.taxonomy().find("Helidon")).isPresent();
    }

    @Test
    void makesWhatIsDerivedOncePerRelease() {
        AtomicInteger made = new AtomicInteger();
        Supplier<String> versions = skills.perRelease(graph -> graph.taxonomy().version() + "#" + made.incrementAndGet());

        String shipped = versions.get();
        assertThat(versions.get()).isSameAs(shipped);
        skills.apply(1, helidonAndPostgresSlang());

        assertThat(versions.get()).isEqualTo(SkillTaxonomy.builtIn().version() + "+1#2");
        assertThat(versions.get()).isSameAs(versions.get());
        assertThat(made).hasValue(2);
    }
}
