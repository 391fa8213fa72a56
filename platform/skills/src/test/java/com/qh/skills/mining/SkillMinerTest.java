package com.qh.skills.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.qh.skills.SkillTaxonomy;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillMinerTest {

    /** A small taxonomy, so the sample's unknown skills stay unknown however the built-in one grows. */
    private final SkillTaxonomy taxonomy = SkillTaxonomy.of("test", SkillTaxonomy.parse("sample", new StringReader("""
            Java
            Gradle
            Oracle Database | =Oracle; Oracle DB
            Microsoft Visio | MS Visio; Visio
            """)));

    private final SkillMiner miner = new SkillMiner(taxonomy);

    @Test
    void proposesASkillTheMarketListsWithItsEvidence() {
        SkillCandidate kotlin = miner.mine(sample()).getFirst();

        assertThat(kotlin.name()).isEqualTo("Kotlin");
        assertThat(kotlin.kind()).isEqualTo(SkillCandidate.Kind.NEW_SKILL);
        assertThat(kotlin.vacancies()).isEqualTo(3);
        assertThat(kotlin.namedInDescriptions()).isEqualTo(2);
        assertThat(kotlin.titles()).containsOnly(entry("java-разработчик", 1), entry("старший java-разработчик", 1),
                entry("android-разработчик", 1));
        assertThat(kotlin.listedWith()).containsExactly(entry("Gradle", 2), entry("Java", 2));
        assertThat(kotlin.taxonomyLine()).isEqualTo("Kotlin");
    }

    @Test
    void readsAKeySkillWithAVersionOrAnotherLetterCaseAsTheSameCandidate() {
        assertThat(miner.mine(sample())).filteredOn(candidate -> candidate.name().startsWith("BPMN"))
                .singleElement().satisfies(bpmn -> {
                    assertThat(bpmn.vacancies()).isEqualTo(2);
                    assertThat(bpmn.spellings()).containsKeys("BPMN", "BPMN 2.0");
                    assertThat(bpmn.namedInDescriptions()).isEqualTo(1);
                });
    }

    @Test
    void proposesASpellingOfAKnownSkillWhenTheWordsAroundItAreSetAside() {
        assertThat(miner.mine(sample())).filteredOn(candidate -> candidate.kind() == SkillCandidate.Kind.ALIAS)
                .extracting(SkillCandidate::existingSkill, SkillCandidate::vacancies)
                .containsExactlyInAnyOrder(tuple("Microsoft Visio", 2), tuple("Oracle Database", 2));
        assertThat(miner.mine(sample())).filteredOn(candidate -> "Microsoft Visio".equals(candidate.existingSkill()))
                .singleElement().extracting(SkillCandidate::taxonomyLine)
                .isEqualTo("Microsoft Visio | Программа MS Visio");
    }

    @Test
    void leavesOutWhatOnlyOneEmployerLists() {
        assertThat(miner.mine(sample())).extracting(SkillCandidate::name).doesNotContain("Tilda", "Android SDK");
        assertThat(new SkillMiner(taxonomy, 1).mine(sample())).extracting(SkillCandidate::name)
                .contains("Tilda", "Android SDK");
    }

    @Test
    void showsTheVacanciesThatNameACandidateInTheirDescriptionFirstAndTheProfessionsItComesWith() {
        List<MarketVacancy> withIds = List.of(
                new MarketVacancy("hh:1", "Android-разработчик", "Экраны на Compose.", List.of("Kotlin"),
                        List.of("Программист, разработчик")),
                new MarketVacancy("hh:2", "Java-разработчик", "Пишем на Kotlin.", List.of("Kotlin"),
                        List.of("Программист, разработчик", "Технический писатель")),
                new MarketVacancy(null, "Java-разработчик", "Пишем на Kotlin.", List.of("Kotlin")));

        SkillCandidate kotlin = miner.mine(withIds).getFirst();

        assertThat(kotlin.examples()).containsExactly("hh:2", "hh:1");
        assertThat(kotlin.professions()).containsExactly(entry("Программист, разработчик", 2),
                entry("Технический писатель", 1));
        assertThat(kotlin.key()).isEqualTo("kotlin");
        assertThat(miner.mine(sample()).getFirst().key()).as("the same key on every run").isEqualTo("kotlin");
    }

    @Test
    void ordersCandidatesByHowManyVacanciesListThem() {
        assertThat(miner.mine(sample())).extracting(SkillCandidate::vacancies).isSortedAccordingTo((a, b) -> b - a);
        assertThat(miner.mine(List.of())).isEmpty();
    }

    /** Six vacancies the team wrote: developers, analysts and a marketer, with the key skills employers pick. */
    private static List<MarketVacancy> sample() {
        return List.of(
                new MarketVacancy("Java-разработчик", "Пишем на Java и Kotlin, собираем Gradle.",
                        List.of("Java", "Kotlin", "Gradle")),
                new MarketVacancy("Старший Java-разработчик (финтех)", "Kotlin, Java 17, сборка в Gradle.",
                        List.of("Java", "kotlin", "Gradle 8")),
                new MarketVacancy("Android-разработчик", "Приложения на Котлине.", List.of("Kotlin", "Android SDK")),
                new MarketVacancy("Аналитик", "Схемы рисуем в MS Visio.",
                        List.of("Программа MS Visio", "Платформа Oracle", "BPMN")),
                new MarketVacancy("Бизнес-аналитик", "Описание процессов в BPMN.",
                        List.of("BPMN 2.0", "Программа MS Visio", "платформа Oracle")),
                new MarketVacancy("Маркетолог", "Лендинги на Tilda.", List.of("Tilda")));
    }
}
