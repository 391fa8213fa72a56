package com.qh.rendering;

import static com.qh.rendering.ResumeDocument.ContactKind.GITHUB;
import static com.qh.rendering.ResumeDocument.ContactKind.LINKEDIN;
import static com.qh.rendering.ResumeDocument.ContactKind.TELEGRAM;

import com.qh.rendering.LetterDocument.Recipient;
import com.qh.rendering.LetterDocument.Sender;
import com.qh.rendering.ResumeDocument.Contact;
import com.qh.rendering.ResumeDocument.Entry;
import com.qh.rendering.ResumeDocument.Section;
import com.qh.rendering.ResumeDocument.SectionKind;
import com.qh.rendering.ResumeDocument.Skill;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** People written for these tests: a Russian backend lead with two pages of career, an English designer on one. */
final class Fixtures {

  private Fixtures() {
  }

  static ResumeDocument seniorBackendLeadRu() {
    Language ru = Language.RU;
    return new ResumeDocument(ru, "Екатерина Воронцова", "Ведущий Java-разработчик, тимлид",
        List.of(Contact.email("e.vorontsova@example.ru"), Contact.phone("+7 (916) 555-12-34"),
            Contact.location("Москва"), Contact.link(GITHUB, "https://github.com/evorontsova"),
            Contact.link(TELEGRAM, "https://t.me/evorontsova")),
        "Двенадцать лет в серверной разработке на Java, из них пять — во главе команды. Проектирую платёжные и "
            + "учётные системы под нагрузкой в десятки тысяч запросов в секунду, довожу их до эксплуатации и "
            + "учу этому людей. Ищу роль, где архитектура и команда — одна задача.",
        List.of(
            new Section(SectionKind.EXPERIENCE, "Опыт работы", List.of(
                new Entry("Ведущий разработчик, тимлид платёжного шлюза", "АО «Северный банк»", "Москва",
                    DateRanges.range(YearMonth.of(2021, 3), null, ru), null,
                    "Команда из восьми разработчиков и двух тестировщиков; шлюз принимает платежи всех каналов банка.",
                    List.of("Перевела шлюз с монолита на 14 сервисов на Spring Boot и Kafka без остановки приёма "
                            + "платежей; время ответа p99 снизилось с 900 до 120 мс.",
                        "Ввела контрактные тесты и канареечные выкладки: число откатов за квартал упало с 11 до 2.",
                        "Наняла и вырастила четырёх разработчиков; двое стали ведущими.",
                        "Довела соответствие PCI DSS до аудита без замечаний в 2023 году."),
                    List.of(Skill.of("Java 21"), Skill.of("Spring Boot"), Skill.of("Kafka"),
                        Skill.of("PostgreSQL"), Skill.of("Kubernetes"))),
                new Entry("Старший Java-разработчик", "ООО «Логистика Онлайн»", "Санкт-Петербург",
                    DateRanges.range(YearMonth.of(2017, 9), YearMonth.of(2021, 2), ru), null, null,
                    List.of("Написала сервис расчёта тарифов, который считает 3 млн маршрутов в сутки.",
                        "Сократила время сборки с 40 до 9 минут, разделив монорепозиторий на модули Maven.",
                        "Вела код-ревью и внутренний курс по многопоточности для 30 инженеров."),
                    List.of(Skill.of("Java 11"), Skill.of("Hibernate"), Skill.of("RabbitMQ"), Skill.of("Redis"))),
                new Entry("Java-разработчик", "ЗАО «ТелеСофт»", "Санкт-Петербург",
                    DateRanges.range(YearMonth.of(2013, 7), YearMonth.of(2017, 8), ru), null, null,
                    List.of("Поддерживала биллинг для 2 млн абонентов: тарификация, счета, выгрузки в 1С.",
                        "Переписала формирование счетов с хранимых процедур на Java; ночной расчёт стал "
                            + "занимать 2 часа вместо 7."),
                    List.of(Skill.of("Java 8"), Skill.of("Oracle"), Skill.of("Spring")))
            )),
            new Section(SectionKind.PROJECTS, "Проекты", List.of(
                new Entry("pg-outbox — библиотека транзакционного outbox", null, null,
                    DateRanges.years(2022, null, ru), "https://github.com/evorontsova/pg-outbox",
                    "Открытая библиотека для Spring: 400 звёзд, используется в трёх банках.", List.of(), List.of()))),
            new Section(SectionKind.EDUCATION, "Образование", List.of(
                new Entry("Магистр, прикладная математика и информатика",
                    "Санкт-Петербургский государственный университет", "Санкт-Петербург",
                    DateRanges.years(2007, 2013, ru), null, "Диплом с отличием: «Планирование задач в "
                    + "распределённых системах».", List.of(), List.of()))),
            new Section(SectionKind.ACHIEVEMENTS, "Выступления и публикации", List.of(
                new Entry("«Outbox без боли» — доклад на JPoint", null, "Москва", DateRanges.years(2023, 2023, ru),
                    null, null, List.of(), List.of()),
                new Entry("«Как мы считали тарифы для 3 млн маршрутов» — статья на Хабре", null, null,
                    DateRanges.years(2020, 2020, ru), null, null, List.of(), List.of()))),
            new Section(SectionKind.SKILLS, "Навыки", List.of(
                new Entry("Языки и платформы", null, null, null, null, null, List.of(),
                    List.of(new Skill("Java", 5), new Skill("Kotlin", 3), new Skill("SQL", 5))),
                new Entry("Фреймворки", null, null, null, null, null, List.of(),
                    List.of(new Skill("Spring Boot", 5), new Skill("Hibernate", 4))),
                new Entry("Инфраструктура", null, null, null, null, null, List.of(),
                    List.of(new Skill("Kafka", 4), new Skill("PostgreSQL", 5), new Skill("Kubernetes", 3))))),
            new Section(SectionKind.LANGUAGES, "Языки", List.of(
                new Entry("Русский", null, null, null, null, "родной", List.of(), List.of()),
                new Entry("Английский", null, null, null, null, "B2, рабочий", List.of(), List.of()))),
            new Section(SectionKind.CERTIFICATES, "Сертификаты", List.of(
                new Entry("Oracle Certified Professional, Java SE 17", "Oracle", null,
                    DateRanges.years(2022, 2022, ru), null, null, List.of(), List.of())))));
  }

  static ResumeDocument productDesignerEn() {
    Language en = Language.EN;
    return new ResumeDocument(en, "Daniel O’Connor", "Senior Product Designer",
        List.of(Contact.email("daniel.oconnor@example.com"), Contact.phone("+44 20 7946 0321"),
            Contact.location("London, UK"), Contact.link(LINKEDIN, "https://www.linkedin.com/in/danieloconnor")),
        "Product designer with eight years in fintech and health apps. I turn research into shipped flows and "
            + "measure what they change; I have led design systems used by 40 engineers.",
        List.of(
            new Section(SectionKind.EXPERIENCE, "Experience", List.of(
                new Entry("Senior Product Designer", "Monzo-like Bank Ltd", "London",
                    DateRanges.range(YearMonth.of(2021, 1), null, en), null, null,
                    List.of("Redesigned onboarding: completion rose from 61% to 78% in three months.",
                        "Built the “Pulse” design system: 120 components, adopted by 6 product teams.",
                        "Ran 45 usability sessions and set up the research repository."),
                    List.of(Skill.of("Figma"), Skill.of("User research"), Skill.of("Design systems"))),
                new Entry("Product Designer", "HealthTrack", "Manchester",
                    DateRanges.range(YearMonth.of(2017, 6), YearMonth.of(2020, 12), en), null, null,
                    List.of("Designed the symptom checker used by 300,000 patients a month.",
                        "Cut support tickets about bookings by 35% with a clearer appointment flow."),
                    List.of()))),
            new Section(SectionKind.EDUCATION, "Education", List.of(
                new Entry("BA (Hons) Interaction Design", "University of the Arts London", "London",
                    DateRanges.years(2013, 2016, en), null, null, List.of(), List.of()))),
            new Section(SectionKind.SKILLS, "Skills", List.of(
                new Entry("Design", null, null, null, null, null, List.of(),
                    List.of(new Skill("Figma", 5), new Skill("Prototyping", 5), new Skill("Accessibility", 4))),
                new Entry("Research", null, null, null, null, null, List.of(),
                    List.of(new Skill("Usability testing", 5), new Skill("Analytics", 3))))),
            new Section(SectionKind.LANGUAGES, "Languages", List.of(
                new Entry("English", null, null, null, null, "native", List.of(), List.of()),
                new Entry("Spanish", null, null, null, null, "B1", List.of(), List.of())))));
  }

  /**
   * Characters that fonts often lack, in every kind of text: arrows, check marks, comparison signs, currency, the
   * numero sign, quotes and dashes, and no-break spaces from the typesetting.
   */
  static ResumeDocument symbolsEverywhere() {
    Language ru = Language.RU;
    return new ResumeDocument(ru, "Олег «Ёж» Щукин", "Инженер → тимлид ✓",
        List.of(Contact.email("o.shchukin@example.ru"), Contact.location("Екатеринбург, ул. Ленина, № 5")),
        "Снизил p99 с ≈900 до ≤120 мс; бюджет 1,5 млн ₽ (≈ €15 000, £13 000), температура в серверной 18 °C ± 2°.",
        List.of(
            new Section(SectionKind.EXPERIENCE, "Опыт — «как есть»", List.of(
                new Entry("Ведущий инженер — Kafka → ClickHouse", "ООО „Поток“", "Екатеринбург",
                    DateRanges.range(YearMonth.of(2020, 1), null, ru), null, "Команда ×3, SLA ≥ 99,95 %.",
                    List.of("Ускорил выгрузку в 4× — с 2 ч до 30 мин ✓", "Задачи № 1–№ 12 закрыты в срок…"),
                    List.of(Skill.of("C#"), Skill.of("F#"), Skill.of("C++"))))),
            new Section(SectionKind.SKILLS, "Навыки", List.of(
                new Entry("Языки", null, null, null, null, null, List.of(),
                    List.of(new Skill("Java ½ времени", 4), new Skill("Go", 3)))))));
  }

  static LetterDocument letterRu() {
    ResumeDocument r = seniorBackendLeadRu();
    return new LetterDocument(Language.RU, new Sender(r.name(), r.headline(), r.contacts().subList(0, 2)),
        new Recipient("Анне Сергеевне Ковалёвой, руководителю разработки", "ООО «Финтех Плюс»",
            List.of("Москва, Пресненская наб., 12")),
        DateRanges.day(LocalDate.of(2026, 12, 4), Language.RU), "Отклик на вакансию «Тимлид платёжной платформы»",
        "Уважаемая Анна Сергеевна!",
        List.of("Пишу вам по поводу вакансии тимлида платёжной платформы. Последние пять лет я руковожу командой "
                + "платёжного шлюза в «Северном банке» и хочу продолжить эту работу в продуктовой компании.",
            "Вы ищете человека, который переведёт платформу на событийную архитектуру. Я уже сделала это: перевела "
                + "шлюз с монолита на 14 сервисов на Spring Boot и Kafka без остановки приёма платежей, а время "
                + "ответа p99 снизилось с 900 до 120 мс.",
            "Вам важно растить людей. За три года я наняла и вырастила четырёх разработчиков, двое из них стали "
                + "ведущими.",
            "Буду рада рассказать подробнее на встрече."),
        "С уважением,", r.name());
  }

  static LetterDocument letterEn() {
    ResumeDocument r = productDesignerEn();
    return new LetterDocument(Language.EN, new Sender(r.name(), r.headline(), r.contacts().subList(0, 2)),
        new Recipient("Ms Priya Shah, Head of Design", "Brightside Health", List.of("10 Finsbury Square",
            "London EC2A 1AF")),
        DateRanges.day(LocalDate.of(2026, 12, 4), Language.EN), "Application: Lead Product Designer",
        "Dear Ms Shah,",
        List.of("I am writing to apply for the Lead Product Designer role. Health products are where I started, "
                + "and I would like to bring what I learned in banking back to them.",
            "You ask for someone who can build and run a design system. At my current bank I built “Pulse”: 120 "
                + "components, now used by six product teams.",
            "You also want research that changes decisions. My onboarding redesign, based on 45 usability "
                + "sessions, raised completion from 61% to 78% in three months.",
            "I would welcome the chance to talk about how I could help Brightside."),
        "Kind regards,", r.name());
  }
}
