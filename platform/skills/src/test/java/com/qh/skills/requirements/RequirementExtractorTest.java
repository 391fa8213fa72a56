package com.qh.skills.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.qh.skills.SkillTaxonomy;
import org.junit.jupiter.api.Test;

class RequirementExtractorTest {

    private final RequirementExtractor extractor = new RequirementExtractor(SkillTaxonomy.builtIn());

    @Test
    void separatesRequiredSkillsFromPlusesAndIgnoresTheOffer() {
        Requirements requirements = extractor.extract("""
                Обязанности:
                - Разработка сервисов на Java
                Требования:
                - Опыт коммерческой разработки от 3 лет
                - Уверенное знание Spring Boot и PostgreSQL
                - Высшее техническое образование
                Будет плюсом:
                - Опыт с Кубернетесом
                - Английский язык на уровне Upper-Intermediate
                Мы предлагаем:
                - Курсы Python за счёт компании
                """);
        assertThat(requirements.skills()).extracting(RequiredSkill::name, RequiredSkill::importance).containsExactly(
                tuple("Java", Importance.MUST), tuple("Spring Boot", Importance.MUST),
                tuple("PostgreSQL", Importance.MUST), tuple("Kubernetes", Importance.NICE));
        assertThat(requirements.skills().get(3).evidence()).isEqualTo("Опыт с Кубернетесом");
        assertThat(requirements.experience()).extracting(Experience::minYears, Experience::maxYears)
                .containsExactly(3, null);
        assertThat(requirements.education().level()).isEqualTo(Education.Level.HIGHER);
        assertThat(requirements.languages()).extracting(LanguageRequirement::language, LanguageRequirement::level)
                .containsExactly(tuple("en", "B2"));
        assertThat(requirements.responsibilities()).containsExactly("Разработка сервисов на Java");
    }

    @Test
    void readsAParagraphThatOpensWithWhatTheEmployerGivesAsTheOffer() {
        Requirements requirements = extractor.extract("""
                Requirements
                - Experience with Java and PostgreSQL
                Nice to have
                - Kubernetes
                We offer free Python courses, a pension and 25 days' holiday.
                £45,000–£55,000 plus Kafka training and private medical cover
                Мы предлагаем курсы по Go и ДМС
                """);
        assertThat(requirements.skills()).extracting(RequiredSkill::name).containsExactly("Java", "PostgreSQL",
                "Kubernetes");
    }

    @Test
    void readsAPlusInsideASentenceOfAnUnstructuredEnglishText() {
        Requirements requirements = extractor.extract("We need 3-5 years of experience with Python and Django. "
                + "Knowledge of Terraform is a plus. Fluent English is required.");
        assertThat(requirements.skills()).extracting(RequiredSkill::name, RequiredSkill::importance).containsExactly(
                tuple("Python", Importance.MUST), tuple("Django", Importance.MUST), tuple("Terraform", Importance.NICE));
        assertThat(requirements.experience()).extracting(Experience::minYears, Experience::maxYears)
                .containsExactly(3, 5);
        assertThat(requirements.languages()).extracting(LanguageRequirement::level).containsExactly("C1");
    }

    @Test
    void takesTheLowestEducationWhenEitherWillDo() {
        Requirements requirements = extractor.extract("Требования: высшее или среднее специальное образование, "
                + "опыт работы бухгалтером не менее двух лет, знание 1С:Бухгалтерии");
        assertThat(requirements.education().level()).isEqualTo(Education.Level.SECONDARY_VOCATIONAL);
        assertThat(requirements.experience().minYears()).isEqualTo(2);
        assertThat(requirements.skills()).extracting(RequiredSkill::name).contains("1С:Бухгалтерия");
    }

    @Test
    void readsADegreesFieldAsEducationNotAsASkill() {
        Requirements requirements = extractor.extract("""
                Requirements:
                - Degree in Mathematics or Psychology, or equivalent experience with Python
                - Good command of English; you will polish the UI copy with our designers
                Зона ответственности:
                - Пишете на PHP не менее 3 лет
                """);
        assertThat(requirements.skills()).extracting(RequiredSkill::name).contains("Python", "PHP")
                .doesNotContain("Mathematics", "Psychology");
        assertThat(requirements.education().level()).isEqualTo(Education.Level.HIGHER);
        assertThat(requirements.languages()).extracting(LanguageRequirement::language, LanguageRequirement::level)
                .containsExactly(tuple("en", "B2"));
        assertThat(requirements.experience().minYears()).isEqualTo(3);
        assertThat(requirements.responsibilities()).containsExactly("Пишете на PHP не менее 3 лет");
    }

    @Test
    void givesEverySentenceWithItsPartSoASkillTheDutiesAndTheRequirementsBothNameIsSeenTwice() {
        var sentences = extractor.sentences("""
                О компании
                Мы делаем логистическую платформу на Java.
                Обязанности:
                - Разработка сервисов на Java и Spring Boot
                Требования:
                - Уверенное знание Spring (Spring Boot, Spring Data)
                Будет плюсом:
                - Kafka или RabbitMQ
                Мы предлагаем:
                - Курсы Python за счёт компании
                """);
        assertThat(sentences).extracting(VacancySentence::part, VacancySentence::importance,
                sentence -> sentence.skills().stream().map(mention -> mention.skill().name()).toList())
                .containsExactly(
                        tuple(VacancyPart.OTHER, Importance.MUST, java.util.List.of()),
                        tuple(VacancyPart.RESPONSIBILITIES, Importance.MUST, java.util.List.of("Java", "Spring Boot")),
                        tuple(VacancyPart.REQUIREMENTS, Importance.MUST,
                                java.util.List.of("Spring Framework", "Spring Boot", "Spring Data")),
                        tuple(VacancyPart.NICE_TO_HAVE, Importance.NICE, java.util.List.of("Apache Kafka", "RabbitMQ")));
    }

    @Test
    void readsRequirementsAndSentencesInOnePassAsExtractAndSentencesDo() {
        String text = """
                Требования:
                - Java и PostgreSQL от 3 лет
                Будет плюсом:
                - Kafka
                """;

        VacancyReading reading = extractor.read(text);

        assertThat(reading.requirements()).isEqualTo(extractor.extract(text));
        assertThat(reading.sentences()).isEqualTo(extractor.sentences(text));
    }

    @Test
    void readsTheBodyOfATextWhoseOnlyHeadingIsTheOffer() {
        Requirements requirements = extractor.extract("""
                В Службу корпоративных данных мы ищем разработчика на задачи:
                1. Разработка скриптов SQL для интеграции
                Мы ожидаем владение C# и MS SQL 2014 и выше.
                Условия:
                - Курсы Python за счёт компании
                """);
        assertThat(requirements.skills()).extracting(RequiredSkill::name)
                .contains("SQL", "C#", "Microsoft SQL Server").doesNotContain("Python");
    }

    @Test
    void readsWhatAnUnknownHeadingWithAColonListsButNotTheIntroduction() {
        Requirements requirements = extractor.extract("""
                Мы — банк, у нас Kotlin и микросервисы.
                Классно, если Вы:
                - Свободно владеете Swift
                Технологии:
                - RxSwift
                Вам предстоит:
                - Разрабатывать мобильный банк
                """);
        assertThat(requirements.skills()).extracting(RequiredSkill::name)
                .contains("Swift", "RxSwift").doesNotContain("Kotlin");
    }

    @Test
    void takesARequirementThatLooksLikeAHeadingForARequirement() {
        Requirements requirements = extractor.extract("""
                Требования:
                - Опыт работы с VOIP оборудованием.
                Базовые знания Linux
                Опыт монтажа СКС
                """);
        assertThat(requirements.skills()).extracting(RequiredSkill::name).contains("Linux", "Low-voltage systems");
    }

    @Test
    void readsAnIntroductionSentenceThatAsksForSkills() {
        Requirements requirements = extractor.extract("""
                Мы ищем инженеров по написанию автотестов с помощью Java и Selenium. Мы любим Kotlin.
                Обязанности:
                - Поддержка тестов
                """);
        assertThat(requirements.skills()).extracting(RequiredSkill::name)
                .contains("Java", "Selenium WebDriver").doesNotContain("Kotlin");
    }

    @Test
    void tellsZephyrTheRtosFromTheTestToolByTheRestOfTheVacancy() {
        Requirements firmware = extractor.extract("""
                Обязанности:
                - Разработка прошивок для микроконтроллеров STM32
                Требования:
                - Опыт с Zephyr
                """);
        assertThat(firmware.skills()).extracting(RequiredSkill::name).contains("Zephyr RTOS").doesNotContain("Zephyr");
        Requirements testing = extractor.extract("""
                Требования:
                - Ведение тест-кейсов в Zephyr
                """);
        assertThat(testing.skills()).extracting(RequiredSkill::name).contains("Zephyr").doesNotContain("Zephyr RTOS");
    }

    @Test
    void takesABroadFieldADutyAsksToAStandardButNotOneThatDescribesTheBusiness() {
        RequirementExtractor kites = new RequirementExtractor(SkillTaxonomy.of("test", SkillTaxonomy.parse("x",
                new java.io.StringReader("~Kite service | обслуживание воздушных змеев\n"))));
        String text = """
                About us:
                Our kite service team flies in every weather.
                Responsibilities:
                - Provide excellent kite service to every visitor
                - Support the kite service desk
                """;
        assertThat(kites.extract(text).skills()).extracting(RequiredSkill::name, RequiredSkill::evidence)
                .containsExactly(tuple("Kite service", "Provide excellent kite service to every visitor"));
        assertThat(kites.extract("Обязанности:\n- Качественное обслуживание воздушных змеев\n").skills())
                .extracting(RequiredSkill::name).containsExactly("Kite service");
    }
}
