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
    void takesACaseDistinctiveNameOnlyInItsOwnLetterCase() {
        assertThat(builtIn.findIn("Приоритизация бэклога по MoSCoW и RICE")).extracting(m -> m.skill().name())
                .contains("MoSCoW");
        assertThat(builtIn.findIn("Project manager, Moscow, Russia. Relocated from MOSCOW to Berlin"))
                .extracting(m -> m.skill().name()).doesNotContain("MoSCoW");
        assertThat(builtIn.find("Moscow")).isEmpty();
        assertThat(builtIn.find("MOSCOW")).isEmpty();
        assertThat(builtIn.find("MoSCoW")).map(Skill::name).contains("MoSCoW");
        assertThat(builtIn.find("MoSCoW prioritization")).map(Skill::name).contains("MoSCoW");
        assertThat(builtIn.find("Safe")).isEmpty();
        assertThat(builtIn.find("SAFe")).map(Skill::name).contains("Scaled Agile Framework");
        assertThat(builtIn.findIn("Safe working practices, SAFe 6.0")).extracting(m -> m.skill().name())
                .containsOnlyOnce("Scaled Agile Framework");
    }

    @Test
    void findsAnExactOnlySpellingInAnyLetterCaseWhenAskedForOnItsOwnButAStrictOneAsWritten() {
        SkillTaxonomy taxonomy = SkillTaxonomy.of("test", SkillTaxonomy.parse("x",
                new StringReader("Oracle Database | =Oracle\nMoSCoW | ==MoSCoW\n")));

        assertThat(taxonomy.find("ORACLE")).map(Skill::name).contains("Oracle Database");
        assertThat(taxonomy.findIn("ORACLE")).isEmpty();
        assertThat(taxonomy.find("moscow")).isEmpty();
        assertThat(taxonomy.findIn("Moscow; MoSCoW")).extracting(SkillMention::written).containsExactly("MoSCoW");
    }

    @Test
    void extendsATaxonomyWithNewSkillsAndSpellingsOfSkillsItHas() {
        SkillTaxonomy base = SkillTaxonomy.of("1", SkillTaxonomy.parse("data",
                new StringReader("PostgreSQL | postgres\nMicrosoft Visio | Visio\n")));

        SkillTaxonomy extended = base.extendedWith("1+1", List.of(
                new Skill("Kotlin Multiplatform", "mobile", List.of("KMP", "KMM")),
                new Skill("Microsoft Visio", "ignored", List.of("Программа MS Visio", "Visio"))));

        assertThat(extended.version()).isEqualTo("1+1");
        assertThat(extended.find("KMM")).map(Skill::category).contains("mobile");
        assertThat(extended.find("Программа MS Visio")).map(Skill::name).contains("Microsoft Visio");
        assertThat(extended.find("Visio")).map(Skill::category).contains("data");
        assertThat(extended.skills()).hasSize(3);
        assertThat(base.find("KMM")).as("the base stays as it was").isEmpty();
        assertThatThrownBy(() -> base.extendedWith("1+2", List.of(new Skill("Postgres Pro", "data",
                List.of("Postgres"))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names both PostgreSQL and Postgres Pro");
    }

    @Test
    void keepsTheContextsOfTheTaxonomyItExtends() {
        SkillTaxonomy extended = builtIn.extendedWith(builtIn.version() + "+1", List.of());

        assertThat(extended.findIn("Роман Кафки «Процесс», автор Франц Кафка")).extracting(m -> m.skill().name())
                .doesNotContain("Apache Kafka");
        assertThat(extended.findIn("Опыт работы с Кафкой")).extracting(m -> m.skill().name())
                .contains("Apache Kafka");
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

    @Test
    void readsVersionsVendorPrefixesAndMisspellingsAsTheOneSkillTheyName() {
        Map<String, String> spellings = Map.ofEntries(Map.entry("Swift 5+", "Swift"), Map.entry("Python 3", "Python"),
                Map.entry("PHP7", "PHP"), Map.entry("HTML5", "HTML"), Map.entry("MS Excel", "Microsoft Excel"),
                Map.entry("Microsoft SQL Server", "Microsoft SQL Server"), Map.entry("MS SQL", "Microsoft SQL Server"),
                Map.entry("Transact-SQL", "T-SQL"), Map.entry("Postgress", "PostgreSQL"),
                Map.entry("ORACLE", "Oracle Database"), Map.entry("администрирование ОС Linux", "Linux"),
                Map.entry("работа с базами данных", "Базы данных"), Map.entry("пользователь ПК", "PC literacy"),
                Map.entry("грамотность", "Literacy"), Map.entry("Atlassian Confluence", "Confluence"),
                Map.entry("Навыки делового общения", "Business communication"),
                Map.entry("Strong knowledge of SQL", "SQL"));
        spellings.forEach((written, canonical) ->
                assertThat(builtIn.find(written)).as(written).map(Skill::name).contains(canonical));
        assertThat(builtIn.find("Навыки работы с Java и Kotlin")).isEmpty();
        assertThat(builtIn.findIn("PHP7, HTML5 и CSS3")).extracting(mention -> mention.skill().name())
                .containsExactly("PHP", "HTML", "CSS");
    }

    @Test
    void readsAWordTypedInTwoScriptsAsItsReaderDoes() {
        // A Latin "c" inside a Russian word, a Cyrillic "С" in C# and in Crystal.
        assertThat(builtIn.findIn("Регресcионное тестирование, С# и Сrystal Reports"))
                .extracting(mention -> mention.skill().name())
                .containsExactly("Регрессионное тестирование", "C#", "Crystal Reports");
    }

    @Test
    void readsEachItemOfAListThatSharesItsLastWord() {
        assertThat(builtIn.findIn("Write unit, widget and integration tests")).extracting(m -> m.skill().name())
                .containsExactly("Модульное тестирование", "Widget testing", "Интеграционное тестирование");
        assertThat(builtIn.findIn("Проведение функционального, регрессионного и нагрузочного тестирования"))
                .extracting(m -> m.skill().name())
                .containsExactly("Функциональное тестирование", "Регрессионное тестирование", "Нагрузочное тестирование");
        assertThat(builtIn.findIn("ручное тестирование (функциональное, регрессионное)"))
                .extracting(m -> m.skill().name())
                .contains("Функциональное тестирование", "Регрессионное тестирование");
    }

    @Test
    void readsNoSkillFromAListWhoseItemsAreNotSkills() {
        assertThat(builtIn.findIn("Reconcile bank, credit card and intercompany accounts"))
                .extracting(m -> m.skill().name()).doesNotContain("Bank cards");
    }

    @Test
    void tellsAmbiguousNamesApartByTheWordsAroundThem() {
        assertThat(builtIn.findIn("Test cases in Zephyr and Jira")).extracting(m -> m.skill().name())
                .contains("Zephyr");
        assertThat(builtIn.findIn("Zephyr, FreeRTOS on STM32")).extracting(m -> m.skill().name())
                .contains("Zephyr RTOS").doesNotContain("Zephyr");
        assertThat(builtIn.findIn("Читаем Кафку: Франц Кафка, «Превращение»")).isEmpty();
        assertThat(builtIn.findIn("Apache Kafka, RabbitMQ")).extracting(m -> m.skill().name())
                .containsExactly("Apache Kafka", "RabbitMQ");
        assertThat(builtIn.findIn("Прохождение проверок ГИТ, знание трудового законодательства"))
                .extracting(m -> m.skill().name()).doesNotContain("Git");
        assertThat(builtIn.findIn("Git, GitLab CI")).extracting(m -> m.skill().name()).contains("Git");
    }

    @Test
    void readsASentenceByTheWordsOfTheWholeText() {
        SkillTaxonomy.Surroundings firmware = builtIn.surroundings("Прошивки для микроконтроллеров STM32 на C.");
        assertThat(builtIn.findIn("Опыт с Zephyr", firmware)).extracting(m -> m.skill().name())
                .containsExactly("Zephyr RTOS");
        assertThat(builtIn.findIn("Опыт с Zephyr")).extracting(m -> m.skill().name()).containsExactly("Zephyr");
    }

    private static SkillTaxonomy made(String lines) {
        return SkillTaxonomy.of("test", SkillTaxonomy.parse("x", new StringReader(lines)));
    }

    @Test
    void findsANameWrittenWithWordsThatOnlySayWhatIsDoneWithTheSkillOrInAnotherOrder() {
        SkillTaxonomy taxonomy = made("""
                Parcel sorting | sorting of parcels
                Kite repair
                Juggling skills
                Tea blending
                Tea tasting
                """);
        assertThat(taxonomy.find("Parcel sorting procedures")).map(Skill::name).contains("Parcel sorting");
        assertThat(taxonomy.find("Kite repair awareness")).map(Skill::name).contains("Kite repair");
        assertThat(taxonomy.find("Repair of kites")).map(Skill::name).contains("Kite repair");
        assertThat(taxonomy.find("Juggling")).map(Skill::name).contains("Juggling skills");
        // Without its qualifier "Tea basics" is "tea", the core of no spelling: not guessed.
        assertThat(taxonomy.find("Tea basics")).isEmpty();
        assertThat(taxonomy.find("Kite flying")).isEmpty();
    }

    @Test
    void readsASkillNamedByAnActionNounInADutyThatPutsTheVerbFirst() {
        SkillTaxonomy taxonomy = made("""
                Parcel sorting
                Budget planning
                Lantern installation
                Pottery glaze analysis
                Meeting management
                """);
        assertThat(taxonomy.findIn("You will sort parcels, plan the budget and install lanterns.")).extracting(
                m -> m.skill().name()).containsExactly("Parcel sorting", "Budget planning", "Lantern installation");
        assertThat(taxonomy.findIn("- Analyse pottery glaze for defects")).extracting(m -> m.skill().name())
                .containsExactly("Pottery glaze analysis");
        // The object goes on ("meeting rooms"), or the first word is a noun ("installation lanterns"): not the skill.
        assertThat(taxonomy.findIn("Manage meeting rooms; read the installation lanterns guide")).isEmpty();
    }

    @Test
    void readsBritishAndAmericanSpellingsAsOneName() {
        SkillTaxonomy taxonomy = made("""
                Fishing licence
                Colour theory for quilts
                Kite catalogue organisation
                """);
        assertThat(taxonomy.find("Fishing license")).map(Skill::name).contains("Fishing licence");
        assertThat(taxonomy.findIn("Knows color theory for quilts and kite catalog organization"))
                .extracting(m -> m.skill().name()).containsExactly("Colour theory for quilts", "Kite catalogue organisation");
    }

    @Test
    void findsARussianNameWrittenInLatinLetters() {
        SkillTaxonomy taxonomy = made("""
                Реестр воздушных шаров | =РВШ; ГИС Воздухоплаватель
                Учёт чайников | ЧайникУчётПлюс
                """);
        assertThat(taxonomy.find("GIS Vozdukhoplavatel")).map(Skill::name).contains("Реестр воздушных шаров");
        assertThat(taxonomy.find("Reestr vozdushnykh sharov")).map(Skill::name).contains("Реестр воздушных шаров");
        assertThat(taxonomy.find("Chainik Uchet Plyus")).map(Skill::name).contains("Учёт чайников");
        // Three letters are too few to tell one abbreviation from another.
        assertThat(taxonomy.find("RVSh")).isEmpty();
    }

    @Test
    void readsTwoNamesThatShareAWord() {
        SkillTaxonomy taxonomy = made("""
                Careful glazing | careful glaze
                Glaze mixing
                Kiln firing
                Kiln
                Firing
                """);
        assertThat(taxonomy.findIn("A careful glaze mixing routine")).extracting(m -> m.skill().name())
                .containsExactly("Careful glazing", "Glaze mixing");
        // A name inside a longer one stays the longer one's, at its start ("Kiln") or after it ("Firing").
        assertThat(taxonomy.findIn("Kiln firing")).extracting(m -> m.skill().name()).containsExactly("Kiln firing");
        // What the second name adds past the first must be a word: «по» here is a preposition, not ПО.
        SkillTaxonomy russian = made("""
                Pottery software sales | продажи ПО
                Kiln sales plan | план продаж
                """);
        assertThat(russian.findIn("Выполнение плана продаж по регионам")).extracting(m -> m.skill().name())
                .containsExactly("Kiln sales plan");
    }

    @Test
    void findsANameWrittenWithItsGradeAsThatSkill() {
        SkillTaxonomy taxonomy = made("""
                Kiln safety | безопасность обжига
                Kite licence category B
                """);
        assertThat(taxonomy.find("Kiln safety group II")).map(Skill::name).contains("Kiln safety");
        assertThat(taxonomy.find("Kiln safety (level 3)")).map(Skill::name).contains("Kiln safety");
        assertThat(taxonomy.find("Безопасность обжига III группа")).map(Skill::name).contains("Kiln safety");
        assertThat(taxonomy.find("Безопасность обжига 4 разряда")).map(Skill::name).contains("Kiln safety");
        // A category is no grade: a licence's categories are skills of their own.
        assertThat(taxonomy.find("Kite licence category C")).isEmpty();
        assertThat(taxonomy.find("Group II")).isEmpty();
    }

    @Test
    void findsTheOneCodeInANameAsThatSkill() {
        SkillTaxonomy taxonomy = made("""
                Kiln law 77-KZ | 77-KZ
                Pottery protective gear | =PPG
                Kiln firing
                """);
        assertThat(taxonomy.find("Government kilns 77-KZ")).map(Skill::name).contains("Kiln law 77-KZ");
        assertThat(taxonomy.find("PPG use")).map(Skill::name).contains("Pottery protective gear");
        // Only a code says which one thing is meant; an ordinary name among other words is no more that skill.
        assertThat(taxonomy.find("Electric kiln firing schedules")).isEmpty();
        assertThat(taxonomy.find("PPG and kiln firing")).isEmpty();
        // A code glued by a colon to the next word is a prefix of another name.
        assertThat(taxonomy.find("77-KZ:Expert in kiln matters")).isEmpty();
    }

    @Test
    void readsTheSecondItemOfAListThatSharesItsHeadWord() {
        SkillTaxonomy taxonomy = made("""
                Kiln teamwork | умение работать в коллективе; work in a team
                Child care | работать с детьми
                """);
        assertThat(taxonomy.findIn("Умение работать с детьми и в коллективе")).extracting(m -> m.skill().name())
                .containsExactly("Child care", "Kiln teamwork");
        assertThat(taxonomy.findIn("Able to work under pressure and in a team")).extracting(m -> m.skill().name())
                .containsExactly("Kiln teamwork");
        // The item must follow "и" or "and" in the same clause: a new sentence shares nothing.
        assertThat(taxonomy.findIn("Работать с детьми. И в коллективе тоже")).extracting(m -> m.skill().name())
                .containsExactly("Child care");
    }

    @Test
    void readsTechnologicalCardsInCropGrowingAsTheCropsFieldPlans() {
        assertThat(builtIn.findIn("Агроном: составление технологических карт, контроль посева"))
                .extracting(m -> m.skill().name()).contains("Technological maps").doesNotContain("Technological cards");
        assertThat(builtIn.findIn("Повар: приготовление блюд по технологическим картам"))
                .extracting(m -> m.skill().name()).contains("Technological cards");
    }

    @Test
    void findsALicenceAfterTheNameOfASkillThatIsALicenceAsThatSkill() {
        SkillTaxonomy taxonomy = made("""
                Kiln operator licence | kiln operating card
                Kiln firing
                """);
        assertThat(taxonomy.find("Kiln operator licence")).map(Skill::name).contains("Kiln operator licence");
        assertThat(taxonomy.find("Kiln operating card certification")).map(Skill::name)
                .contains("Kiln operator licence");
        // A licence to do a thing is asked for apart from the thing.
        assertThat(taxonomy.find("Kiln firing certificate")).isEmpty();
    }

    @Test
    void findsAPracticeWrittenWithTheSystemThatHoldsItItsUseOrItsOperation() {
        SkillTaxonomy taxonomy = made("""
                Kiln traceability
                Kiln gloves
                """);
        assertThat(taxonomy.find("Kiln traceability system")).map(Skill::name).contains("Kiln traceability");
        assertThat(taxonomy.find("Kiln gloves use")).map(Skill::name).contains("Kiln gloves");
        assertThat(taxonomy.find("Kiln traceability operations")).map(Skill::name).contains("Kiln traceability");
        assertThat(taxonomy.find("Kiln traceability software")).map(Skill::name).contains("Kiln traceability");
    }

    @Test
    void readsNeitherADegreeAsABalancedScorecardNorABritishSchemeAsTheLisp() {
        assertThat(builtIn.findIn("BSc in Physiotherapy; strategy maps and BSC"))
                .extracting(m -> m.skill().name()).containsOnlyOnce("Balanced Scorecard");
        assertThat(builtIn.findIn("Local Government Pension Scheme and a Cycle to Work Scheme"))
                .extracting(m -> m.skill().name()).doesNotContain("Scheme");
        assertThat(builtIn.findIn("Functional programming in Scheme and Racket"))
                .extracting(m -> m.skill().name()).contains("Scheme");
    }

    @Test
    void readsAbbreviationsThatOtherTradesShareByTheWordsOfTheWholeText() {
        assertThat(builtIn.findIn("Night auditor: report ADR and RevPAR to the revenue manager"))
                .extracting(m -> m.skill().name()).doesNotContain("Dangerous goods");
        assertThat(builtIn.findIn("Водитель с допуском ADR на перевозку опасных грузов"))
                .extracting(m -> m.skill().name()).contains("Dangerous goods");
        assertThat(builtIn.findIn("Наладка термопластавтоматов, литье изделий из АБС и полипропилена"))
                .extracting(m -> m.skill().name()).doesNotContain("Core banking systems");
        assertThat(builtIn.findIn("Run conduit and EMT for the inverter and string wiring on solar sites"))
                .extracting(m -> m.skill().name()).doesNotContain("Paramedic practice");
    }

    @Test
    void readsAQualityInTheMiddleOfAListAsAnItem() {
        SkillTaxonomy taxonomy = made("""
                Kiln dependability | +reliability
                """);
        assertThat(taxonomy.findIn("Compassion, reliability and a genuine wish to help people"))
                .extracting(m -> m.skill().name()).containsExactly("Kiln dependability");
        // Not an item of a list: "reliability" after a verb names the service's, not a person's.
        assertThat(taxonomy.findIn("Improve reliability and uptime of our kilns")).isEmpty();
    }

    @Test
    void readsADutyWhoseVerbAndObjectHaveWordsOfStandardBetweenThem() {
        SkillTaxonomy taxonomy = made("""
                Ledger keeping
                Kite handling
                """);
        assertThat(taxonomy.findIn("- Keep accurate, timely and legible ledgers on the shared drive")).extracting(
                m -> m.skill().name()).containsExactly("Ledger keeping");
        assertThat(taxonomy.findIn("You will handle multiple kites at once")).extracting(m -> m.skill().name())
                .containsExactly("Kite handling");
        // A word of the object's own is never skipped: "keep business ledgers" keeps no plain ledgers.
        assertThat(taxonomy.findIn("Keep business ledgers")).isEmpty();
    }

    @Test
    void readsAQualityOnlyAsAnItemOfAListOfQualities() {
        SkillTaxonomy taxonomy = made("""
                Patience | +patient
                Dependability | +reliable
                Calmness | +calm
                Patient care
                """);
        assertThat(taxonomy.findIn("Reliable, patient, good with people")).extracting(m -> m.skill().name())
                .containsExactly("Dependability", "Patience");
        assertThat(taxonomy.findIn("- Patient, calm, and encouraging")).extracting(m -> m.skill().name())
                .containsExactly("Patience", "Calmness");
        assertThat(taxonomy.findIn("Patient and reliable.")).extracting(m -> m.skill().name())
                .containsExactly("Patience", "Dependability");
        // Before a noun, after a verb, or joined to a word that is no quality, the word names no quality.
        assertThat(taxonomy.findIn("Patient care in a reliable team")).extracting(m -> m.skill().name())
                .containsExactly("Patient care");
        assertThat(taxonomy.findIn("Build reliable, scalable services; reliable and fast pipelines")).isEmpty();
        assertThat(taxonomy.findIn("Patient-facing role")).isEmpty();
    }
}
