package com.qh.bench.analysis;

import com.qh.analysis.match.Candidate;
import com.qh.analysis.match.Salary;
import com.qh.analysis.match.Vacancy;
import com.qh.analysis.match.WorkFormat;
import com.qh.analysis.source.VacancyView;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Profiles and vacancies for the benchmarks, made from a seed: vacancies of a dozen professions in Russian and
 * English written the way hh.ru and LinkedIn postings are (a title, an introduction, duties, requirements with years,
 * nice-to-haves, conditions; about a page), their skills drawn from each profession's pool so that the market has
 * the overlap a real one has; and a 20-job profile of a Java developer.
 */
public final class SyntheticMarket {

    record Profession(String titleRu, String titleEn, List<String> core, List<String> extra, List<String> duties) {
    }

    static final List<Profession> PROFESSIONS = List.of(
            new Profession("Java-разработчик", "Java Developer",
                    List.of("Java", "Spring Boot", "PostgreSQL", "Hibernate", "REST API", "SQL", "Maven", "Git"),
                    List.of("Apache Kafka", "Kubernetes", "Docker", "Redis", "RabbitMQ", "Kotlin", "gRPC",
                            "Elasticsearch", "Prometheus", "Grafana", "JUnit", "Gradle"),
                    List.of("Разработка микросервисов", "Проектирование REST API", "Код-ревью",
                            "Design and build backend services", "Own the services in production")),
            new Profession("Python-разработчик", "Python Developer",
                    List.of("Python", "Django", "FastAPI", "PostgreSQL", "SQL", "Git", "Docker"),
                    List.of("Celery", "Redis", "Apache Kafka", "Kubernetes", "asyncio", "pytest", "Linux"),
                    List.of("Разработка бэкенда на Python", "Поддержка и развитие API",
                            "Build data pipelines and APIs")),
            new Profession("Frontend-разработчик", "Frontend Engineer",
                    List.of("JavaScript", "TypeScript", "React", "HTML", "CSS", "Git"),
                    List.of("Redux", "Next.js", "Webpack", "Jest", "GraphQL", "Figma", "Vue.js", "Storybook"),
                    List.of("Разработка интерфейсов личного кабинета", "Build the web app's UI",
                            "Work with designers on components")),
            new Profession("Инженер по автоматизации тестирования", "QA Automation Engineer",
                    List.of("Selenium", "Java", "JUnit", "SQL", "Git", "REST API"),
                    List.of("Playwright", "Allure", "Jenkins", "Postman", "Docker", "Python", "Appium"),
                    List.of("Автоматизация регрессионных тестов", "Write and maintain UI and API tests")),
            new Profession("DevOps-инженер", "DevOps Engineer",
                    List.of("Linux", "Docker", "Kubernetes", "Terraform", "Ansible", "Git"),
                    List.of("Prometheus", "Grafana", "AWS", "GitLab CI", "Helm", "Python", "Bash", "Nginx"),
                    List.of("Поддержка CI/CD", "Run the Kubernetes platform", "Automate infrastructure")),
            new Profession("Аналитик данных", "Data Analyst",
                    List.of("SQL", "Python", "Excel", "Tableau", "pandas"),
                    List.of("Power BI", "A/B testing", "ClickHouse", "Airflow", "statistics", "Looker"),
                    List.of("Построение отчётов и дашбордов", "Analyse product metrics",
                            "Design and read A/B tests")),
            new Profession("Go-разработчик", "Go Developer",
                    List.of("Go", "PostgreSQL", "gRPC", "Docker", "Git", "SQL"),
                    List.of("Kubernetes", "Apache Kafka", "Redis", "ClickHouse", "Prometheus", "Linux"),
                    List.of("Разработка высоконагруженных сервисов", "Build low-latency services")),
            new Profession("Бухгалтер", "Accountant",
                    List.of("1С:Бухгалтерия", "Excel", "НДС", "МСФО"),
                    List.of("1С:ЗУП", "налоговый учёт", "SAP", "управленческий учёт"),
                    List.of("Ведение участка первичной документации", "Подготовка отчётности")),
            new Profession("Менеджер по продажам", "Account Executive",
                    List.of("B2B", "CRM", "переговоры", "Excel"),
                    List.of("Salesforce", "amoCRM", "холодные звонки", "английский язык"),
                    List.of("Поиск и привлечение клиентов", "Own the full sales cycle")),
            new Profession("Продуктовый менеджер", "Product Manager",
                    List.of("Product management", "Jira", "SQL", "A/B testing", "Agile"),
                    List.of("Amplitude", "Figma", "Scrum", "CJM", "Unit economics"),
                    List.of("Развитие продукта и приоритизация бэклога", "Own the product roadmap")),
            new Profession("UX/UI-дизайнер", "UI/UX Designer",
                    List.of("Figma", "UX research", "прототипирование", "Adobe Photoshop"),
                    List.of("Sketch", "Adobe Illustrator", "HTML", "CSS", "usability testing"),
                    List.of("Проектирование интерфейсов", "Design flows and prototypes")),
            new Profession("Медицинская сестра", "Registered Nurse",
                    List.of("BLS", "patient care", "EMR"),
                    List.of("ACLS", "IV therapy", "Epic"),
                    List.of("Уход за пациентами", "Provide care on a med-surg unit")));

    static final List<String> CITIES = List.of("Москва", "Санкт-Петербург", "Новосибирск", "Казань", "Berlin",
            "London", "Екатеринбург");

    private SyntheticMarket() {
    }

    /** {@code count} market vacancies, the same for the same seed. */
    public static List<VacancyView> market(int count, long seed) {
        Random random = new Random(seed);
        List<VacancyView> vacancies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            vacancies.add(new VacancyView(new UUID(seed, i), "hh.ru", String.valueOf(80_000_000 + i),
                    "Employer " + random.nextInt(2_000), "https://hh.ru/vacancy/" + (80_000_000 + i),
                    vacancy(PROFESSIONS.get(random.nextInt(PROFESSIONS.size())), random)));
        }
        return vacancies;
    }

    /** The fixed sentences of a vacancy in one language, around the drawn figures and skills. */
    private record Wording(String introduction, String duties, String workWith, String and, String requirements,
            String years, String must, String afterRequirements, String nice, String conditions) {

        static final Wording RUSSIAN = new Wording(
                "Мы — продуктовая компания, наши сервисы ежедневно используют %d тысяч клиентов. Ищем в команду %s,"
                        + " который будет развивать наш продукт.\n\n",
                "## Обязанности\n", "- Работа с ", " и ", "## Требования\n", "- Опыт работы от %d лет\n",
                "- Уверенное знание ", "- Высшее образование\n\n## Будет плюсом\n", "- Опыт с ",
                "- Английский язык B1\n\n## Условия\n- Оформление по ТК РФ, ДМС, гибкий график\n"
                        + "- Обучение за счёт компании\n");

        static final Wording ENGLISH = new Wording(
                "We are a product company serving %d thousand customers a day, and we are looking for a %s"
                        + " to grow the product with us.\n\n",
                "## Responsibilities\n", "- Work with ", " and ", "## Requirements\n", "- %d+ years of experience\n",
                "- Strong knowledge of ", "- Bachelor's degree\n- English B2\n\n## Nice to have\n",
                "- Experience with ", "\n## We offer\n- Remote-friendly, health insurance, learning budget\n");
    }

    /** A vacancy of the profession, in Russian or English, about a page long. */
    static Vacancy vacancy(Profession profession, Random random) {
        boolean russian = random.nextInt(3) > 0;
        String level = List.of("Junior", "Middle", "Senior", "Lead").get(random.nextInt(4));
        String title = (russian ? profession.titleRu() : profession.titleEn()) + " (" + level + ")";
        List<String> must = pick(profession.core(), 3 + random.nextInt(3), random);
        List<String> nice = pick(profession.extra(), 2 + random.nextInt(3), random);
        List<String> stack = pick(profession.extra(), 2, random);
        int years = 1 + random.nextInt(5);
        Wording words = russian ? Wording.RUSSIAN : Wording.ENGLISH;
        StringBuilder text = new StringBuilder();
        text.append("# ").append(title).append("\n\n");
        text.append(words.introduction().formatted(100 + random.nextInt(900),
                russian ? profession.titleRu().toLowerCase() : profession.titleEn()));
        text.append(words.duties());
        profession.duties().forEach(d -> text.append("- ").append(d).append("\n"));
        text.append(words.workWith()).append(String.join(words.and(), stack)).append("\n\n");
        text.append(words.requirements()).append(words.years().formatted(years));
        must.forEach(s -> text.append(words.must()).append(s).append("\n"));
        text.append(words.afterRequirements());
        nice.forEach(s -> text.append(words.nice()).append(s).append("\n"));
        text.append(words.conditions());
        WorkFormat format = WorkFormat.values()[random.nextInt(WorkFormat.values().length)];
        Salary salary = new Salary(100_000L + random.nextInt(30) * 10_000L, null, "RUB");
        return new Vacancy(title, text.toString(), CITIES.get(random.nextInt(CITIES.size())), format, salary);
    }

    /** A Java developer with 20 jobs over 20 years, five bullets each, a skills list, study and languages. */
    public static Candidate twentyJobJavaDeveloper() {
        Random random = new Random(20);
        Profession java = PROFESSIONS.getFirst();
        List<Candidate.Job> jobs = new ArrayList<>();
        YearMonth start = YearMonth.of(2006, 1);
        for (int i = 0; i < 20; i++) {
            List<String> skills = pick(concat(java.core(), java.extra()), 4, random);
            List<String> bullets = List.of(
                    "Разработал сервис на " + skills.get(0) + " и " + skills.get(1) + ", нагрузка выросла в "
                            + (2 + random.nextInt(8)) + " раз",
                    "Перевёл интеграции на " + skills.get(2) + ", время ответа снизилось на "
                            + (10 + random.nextInt(80)) + "%",
                    "Built the " + skills.get(3) + " pipeline used by " + (3 + random.nextInt(20)) + " teams",
                    "Участвовал в код-ревью и наставничестве",
                    "Maintained CI on GitLab and wrote integration tests with JUnit");
            YearMonth end = i == 19 ? null : start.plusMonths(11);
            jobs.add(new Candidate.Job("work-" + i, "Company " + i, i % 3 == 0 ? "Senior Java Developer"
                    : "Java-разработчик", start, end, "Backend team of " + (4 + i % 6) + " engineers.", bullets));
            start = start.plusMonths(12);
        }
        return new Candidate("Java Developer", "Бэкенд-разработчик: Java, Spring Boot, PostgreSQL, Kafka.", jobs,
                List.of(new Candidate.SkillGroup("skills-0", "Backend", List.of("Java", "Spring Boot", "PostgreSQL",
                        "Kafka", "Docker", "Kubernetes", "Redis", "Git", "SQL", "Hibernate"))),
                List.of(new Candidate.Study("education-0", "МГТУ им. Баумана", "Бакалавр", "Программная инженерия",
                        YearMonth.of(2002, 9), YearMonth.of(2006, 6), List.of())),
                List.of(new Candidate.Language("languages-0", "Английский", "B2"),
                        new Candidate.Language("languages-1", "Русский", "Родной")),
                List.of(), List.of(), "Москва", Set.of(WorkFormat.REMOTE, WorkFormat.HYBRID), false,
                new Salary(250_000L, null, "RUB"));
    }

    /** A one-page Java vacancy, as a recruiter writes it on hh.ru. */
    public static Vacancy onePageJavaVacancy() {
        return new Vacancy("Java-разработчик (Senior)", """
                # Java-разработчик (Senior)

                **ООО «Северный Терминал»** — Москва, гибрид: 3 дня в офисе
                Зарплата: от 300 000 до 380 000 ₽ на руки

                Мы делаем платформу онлайн-бронирования грузовых терминалов для 1 200 перевозчиков. Ищем разработчика
                в команду сервисов расписания и оплаты (6 бэкендеров, 2 QA, аналитик). Наши сервисы обрабатывают
                40 000 бронирований в день, мы переходим с монолита на микросервисы и ищем того, кто поможет
                довести этот переход до конца.

                ## Обязанности
                - Разработка и поддержка микросервисов на Java 17/21 и Spring Boot
                - Проектирование REST API и интеграций через очереди сообщений
                - Оптимизация запросов к базе данных, участие в код-ревью
                - Покрытие кода тестами, участие в дежурствах раз в полтора месяца
                - Наставничество младших разработчиков

                ## Требования
                - Опыт коммерческой разработки на Java от 5 лет
                - Уверенное знание Spring (Spring Boot, Spring Data, Spring Security)
                - Опыт работы с PostgreSQL: индексы, планы запросов, миграции
                - Опыт работы с Apache Kafka или RabbitMQ
                - Docker, понимание принципов контейнеризации
                - Опыт написания тестов (JUnit, Testcontainers)

                ## Будет плюсом
                - Опыт работы с Kubernetes
                - Знание Kotlin
                - Опыт с Elasticsearch или ClickHouse
                - Английский на уровне чтения технической документации (B1)
                - Высшее техническое образование

                ## Условия
                - Оформление по ТК РФ, ДМС со стоматологией после испытательного срока
                - Компенсация обучения и конференций
                - Современная техника на выбор: MacBook или ThinkPad
                """, "Москва", WorkFormat.HYBRID, new Salary(300_000L, 380_000L, "RUB"));
    }

    private static List<String> pick(List<String> from, int count, Random random) {
        List<String> pool = new ArrayList<>(from);
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, pool.size())) {
            chosen.add(pool.get(random.nextInt(pool.size())));
        }
        return List.copyOf(chosen);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
