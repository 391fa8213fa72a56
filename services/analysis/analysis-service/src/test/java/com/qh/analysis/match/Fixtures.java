package com.qh.analysis.match;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Intention-revealing candidates and vacancies for the matcher's tests. */
final class Fixtures {

    private Fixtures() {
    }

    static final String JAVA_VACANCY = """
            # Java-разработчик (Middle)
            Делаем платформу бронирования для перевозчиков.

            ## Обязанности
            - Разработка микросервисов на Java и Spring Boot

            ## Требования
            - Опыт коммерческой разработки на Java от 3 лет
            - Уверенное знание Spring (Spring Boot, Spring Data)
            - Опыт работы с PostgreSQL
            - Опыт работы с Apache Kafka
            - Знание SQL

            ## Будет плюсом
            - Опыт работы с Kubernetes
            - Английский B2
            - Высшее техническое образование

            ## Условия
            - ДМС и курсы Python за счёт компании
            """;

    static Vacancy javaVacancy() {
        return Vacancy.ofText("Java-разработчик (Middle)", JAVA_VACANCY);
    }

    static Candidate.Job job(String id, String employer, String title, String start, String end, String summary,
            String... highlights) {
        return new Candidate.Job(id, employer, title, YearMonth.parse(start), end == null ? null : YearMonth.parse(end),
                summary, List.of(highlights));
    }

    static Candidate candidate(List<Candidate.Job> work, List<String> skills, List<Candidate.Study> education,
            List<Candidate.Language> languages) {
        return new Candidate("Backend developer", "Разработчик.", work,
                skills.isEmpty() ? List.of() : List.of(new Candidate.SkillGroup("skills-0", "Stack", skills)),
                education, languages, List.of(), List.of(), null, Set.of(), false, null);
    }

    static Candidate.Study bachelor(String area) {
        return new Candidate.Study("education-0", "МГТУ", "Бакалавр", area, YearMonth.of(2014, 9),
                YearMonth.of(2018, 6), List.of());
    }

    static Candidate.Language english(String level) {
        return new Candidate.Language("languages-0", "Английский", level);
    }

    /** Five years of Java on Spring Boot with PostgreSQL, Kafka and k8s: meets every must and plus. */
    static Candidate seniorJavaDeveloper() {
        return candidate(List.of(
                job("work-0", "Грузовичкоф", "Ведущий Java-разработчик", "2023-03", null,
                        "Микросервисы доставки на Spring Boot 3, Постгрес и Kafka, деплой в k8s.",
                        "Перевёл обмен статусами на события в Kafka, задержка упала с 30 до 2 секунд"),
                job("work-1", "Банк Вперёд", "Java-разработчик", "2021-06", "2023-02",
                        "Платёжный шлюз на Java 17 и Spring Data.",
                        "Ускорил отчёты на оконных функциях PostgreSQL в 4 раза")),
                List.of("Java", "Spring Boot", "PostgreSQL", "Kafka", "Kubernetes"),
                List.of(bachelor("Программная инженерия")), List.of(english("B2 Upper-Intermediate")));
    }

    /** An accountant: nothing of a Java vacancy. */
    static Candidate accountant() {
        return candidate(List.of(job("work-0", "ООО Опт", "Бухгалтер", "2015-01", null,
                        "Первичная документация и НДС в 1С:Бухгалтерия 8.3.")),
                List.of("1С:Бухгалтерия", "НДС"), List.of(new Candidate.Study("education-0", "РЭУ", "Специалист",
                        "Бухгалтерский учёт, анализ и аудит", YearMonth.of(2008, 9), YearMonth.of(2013, 6), List.of())),
                List.of(new Candidate.Language("languages-0", "Русский", "Родной")));
    }

    static List<Candidate.Job> jobs(Candidate.Job... jobs) {
        return new ArrayList<>(List.of(jobs));
    }
}
