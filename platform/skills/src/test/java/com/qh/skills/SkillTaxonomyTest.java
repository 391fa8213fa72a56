package com.qh.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SkillTaxonomyTest {

    private final SkillTaxonomy builtIn = SkillTaxonomy.builtIn();

    @Test
    void shipsAtLeastAThousandSkillsInEveryKindOfWork() {
        assertThat(builtIn.skills()).hasSizeGreaterThanOrEqualTo(1000);
        Map<String, Long> perCategory = builtIn.skills().stream()
                .collect(Collectors.groupingBy(Skill::category, Collectors.counting()));
        assertThat(perCategory).containsKeys("programming-languages", "data", "devops", "methods", "soft-skills",
                "finance-accounting", "marketing-sales", "engineering-construction");
        assertThat(builtIn.version()).isNotBlank();
    }

    @Test
    void resolvesAliasesSlangAndRussianWordFormsToOneCanonicalName() {
        assertThat(builtIn.find("k8s")).map(Skill::name).contains("Kubernetes");
        assertThat(builtIn.find("кубернетес")).map(Skill::name).contains("Kubernetes");
        assertThat(builtIn.find("Постгрес")).map(Skill::name).contains("PostgreSQL");
        assertThat(builtIn.find("postgres")).map(Skill::name).contains("PostgreSQL");
        assertThat(builtIn.find("1С")).map(Skill::name).contains("1С:Предприятие");
        assertThat(builtIn.find("1C")).map(Skill::name).contains("1С:Предприятие");
        assertThat(builtIn.find("стрессоустойчивость")).map(Skill::name).contains("Stress resistance");
        assertThat(builtIn.find("not a skill at all")).isEmpty();
    }

    @Test
    void findsSkillsInInflectedRussianTextWithTheWordsAsWritten() {
        List<SkillMention> mentions = builtIn.findIn(
                "Опыт работы с Кафкой и Постгресом, знание C++, C# и .NET, навыки работы в 1С:Бухгалтерии");
        assertThat(mentions).extracting(mention -> mention.skill().name())
                .contains("Apache Kafka", "PostgreSQL", "C++", "C#", ".NET", "1С:Бухгалтерия");
        assertThat(mentions).filteredOn(mention -> mention.skill().name().equals("Apache Kafka"))
                .extracting(SkillMention::written).containsExactly("Кафкой");
    }

    @Test
    void prefersTheLongestNameAndSplitsSlashedLists() {
        assertThat(builtIn.findIn("Java/Kotlin, Spring Boot, CI/CD"))
                .extracting(mention -> mention.skill().name())
                .containsExactly("Java", "Kotlin", "Spring Boot", "CI/CD");
    }

    @Test
    void matchesExactAliasesOnlyInTheirOwnLetterCase() {
        SkillTaxonomy taxonomy = SkillTaxonomy.of("test", SkillTaxonomy.parse("languages",
                new StringReader("Go | Golang; =Go\nR | =R\n")));
        assertThat(taxonomy.findIn("We write Go and R; let's go")).extracting(m -> m.skill().name())
                .containsExactly("Go", "R");
        assertThat(taxonomy.findIn("go to the R&D office")).extracting(m -> m.skill().name()).containsExactly("R");
    }

    @Test
    void refusesAnAliasThatWouldNameTwoSkills() {
        assertThatThrownBy(() -> SkillTaxonomy.of("test", SkillTaxonomy.parse("x",
                new StringReader("PostgreSQL | postgres\nPostgres Pro | Postgres\n"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names both PostgreSQL and Postgres Pro");
    }

    @Test
    void resolvesTheSpellingsResumesUseForCommonSkills() {
        Map<String, String> spellings = Map.ofEntries(Map.entry("Кубернетес", "Kubernetes"),
                Map.entry("k8s", "Kubernetes"), Map.entry("Postgres", "PostgreSQL"), Map.entry("TS", "TypeScript"),
                Map.entry("React.js", "React"), Map.entry("Selenide", "Selenium WebDriver"),
                Map.entry("1С 8.3", "1С:Предприятие"), Map.entry("Experimentation", "A/B testing"),
                Map.entry("Yandex Metrica", "Яндекс.Метрика"), Map.entry("Битрикс24", "Bitrix24"),
                Map.entry("NCLEX", "RN license"));
        spellings.forEach((written, canonical) ->
                assertThat(builtIn.find(written)).as(written).map(Skill::name).contains(canonical));
    }
}
