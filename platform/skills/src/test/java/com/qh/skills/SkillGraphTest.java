package com.qh.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SkillGraphTest {

    private final SkillGraph graph = SkillGraph.builtIn();
    private final SkillTaxonomy taxonomy = SkillTaxonomy.builtIn();

    private Skill skill(String name) {
        return taxonomy.find(name).orElseThrow(() -> new AssertionError("not in the taxonomy: " + name));
    }

    @Test
    void springBootImpliesSpringAndJavaButNotTheOtherWayRound() {
        assertThat(graph.implies("Spring Boot", "Spring")).isTrue();
        assertThat(graph.implies("Spring Boot", "Java")).isTrue();
        assertThat(graph.implies("SpringBoot", "джава")).isTrue();
        assertThat(graph.implies("Java", "Spring Boot")).isFalse();
        assertThat(graph.implies("Spring", "Spring Boot")).isFalse();
    }

    @Test
    void everyRelationalDatabaseImpliesSqlWhateverItIsCalled() {
        for (String database : new String[] {"PostgreSQL", "Постгрес", "Postgres", "MySQL", "Oracle", "MS SQL",
                "ClickHouse"}) {
            assertThat(graph.implies(database, "SQL")).as(database).isTrue();
        }
        assertThat(graph.implies("SQL", "PostgreSQL")).isFalse();
    }

    @Test
    void frameworksImplyTheirLanguages() {
        assertThat(graph.implies("Hibernate", "JPA")).isTrue();
        assertThat(graph.implies("Hibernate", "Java")).isTrue();
        assertThat(graph.implies("React.js", "JavaScript")).isTrue();
        assertThat(graph.implies("Vue.js", "JavaScript")).isTrue();
        assertThat(graph.implies("Angular", "JavaScript")).isTrue();
        assertThat(graph.implies("TS", "JavaScript")).isTrue();
        assertThat(graph.implies("Django", "Python")).isTrue();
        assertThat(graph.implies("FastAPI", "Python")).isTrue();
        assertThat(graph.implies("Flask", "Python")).isTrue();
        assertThat(graph.implies("Kotlin", "JVM")).isTrue();
        assertThat(graph.implies("Kotlin", "Java")).isFalse();
    }

    @Test
    void kubernetesImpliesContainersButNotDocker() {
        assertThat(graph.implies("k8s", "containerization")).isTrue();
        assertThat(graph.implies("кубер", "Docker")).isFalse();
    }

    @Test
    void closureFollowsImplicationsTransitivelyWithTheSkillFirst() {
        assertThat(graph.closure(skill("Spring Cloud"))).extracting(Skill::name)
                .startsWith("Spring Cloud")
                .contains("Spring Boot", "Spring Framework", "Java", "JVM");
        assertThat(graph.closure(skill("Next.js"))).extracting(Skill::name)
                .containsExactlyInAnyOrder("Next.js", "React", "JavaScript");
        assertThat(graph.closure(skill("Negotiation"))).extracting(Skill::name).containsExactly("Negotiation");
    }

    @Test
    void adjacentSkillsGoBothWaysAndAreNotImplied() {
        assertThat(graph.adjacent(skill("Apache Kafka"))).contains(skill("RabbitMQ"));
        assertThat(graph.adjacent(skill("RabbitMQ"))).contains(skill("Apache Kafka"));
        assertThat(graph.implies("RabbitMQ", "Kafka")).isFalse();
    }

    @Test
    void refusesAGraphNamingSkillsTheTaxonomyDoesNotKnow() {
        assertThatThrownBy(() -> SkillGraph.parse(taxonomy,
                new StringReader("version 1\nSpring Boot => Sprung; Java\nFlask ~ Bottle Rocket\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Sprung'")
                .hasMessageContaining("'Bottle Rocket'");
    }

    @Test
    void refusesAGraphWithoutAVersion() {
        assertThatThrownBy(() -> SkillGraph.parse(taxonomy, new StringReader("Spring Boot => Java\n")))
                .hasMessageContaining("no version");
    }

    @Test
    void namesItsVersionAndLoadsOverTheBuiltInTaxonomy() {
        assertThat(graph.version()).isNotBlank();
        assertThat(graph.taxonomy()).isSameAs(taxonomy);
    }
}
