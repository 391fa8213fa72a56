package com.qh.rendering;

import com.qh.rendering.ResumeDocument.Contact;
import com.qh.rendering.ResumeDocument.ContactKind;
import com.qh.rendering.ResumeDocument.Entry;
import com.qh.rendering.ResumeDocument.Section;
import com.qh.rendering.ResumeDocument.SectionKind;
import com.qh.rendering.ResumeDocument.Skill;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.List;

/**
 * Made-up people whose one-page resumes show what a template looks like: a data engineer, and for the academic
 * template a researcher, each in Russian and in English, with a drawn silhouette as the photo. The template picker's
 * thumbnails ({@link Templates#thumbnail}) are drawn from them; a service may offer them as an example.
 */
public final class SampleResumes {

  private static final byte[] SILHOUETTE = silhouette();

  private SampleResumes() {
  }

  /** The sample that shows a template best: the researcher for {@code academic}, the engineer for the rest. */
  public static ResumeDocument forTemplate(String templateId, Language language) {
    return "academic".equals(templateId) ? researcher(language) : engineer(language);
  }

  /** A data engineer with six years of work, one page. */
  public static ResumeDocument engineer(Language language) {
    return language == Language.RU ? engineerRu() : engineerEn();
  }

  /** A researcher's academic CV: publications, talks, teaching, grants, one page. */
  public static ResumeDocument researcher(Language language) {
    return language == Language.RU ? researcherRu() : researcherEn();
  }

  private static ResumeDocument engineerRu() {
    Language ru = Language.RU;
    return new ResumeDocument(ru, "Алексей Смирнов", "Старший инженер данных",
        List.of(Contact.email("a.smirnov@example.ru"), Contact.phone("+7 (921) 555-40-17"),
            Contact.location("Санкт-Петербург"), Contact.link(ContactKind.GITHUB, "https://github.com/asmirnov")),
        "Шесть лет строю хранилища и потоковые конвейеры данных для розницы и доставки. Отвечаю за то, чтобы "
            + "аналитики получали свежие и проверенные цифры к девяти утра.",
        List.of(
            new Section(SectionKind.EXPERIENCE, "Опыт работы", List.of(
                new Entry("Старший инженер данных", "ООО «Быстрая доставка»", "Санкт-Петербург",
                    DateRanges.range(YearMonth.of(2022, 2), null, ru), null, null,
                    List.of("Перевёл ночные выгрузки на поток Kafka → ClickHouse: данные свежее на 6 часов.",
                        "Ввёл проверки качества в dbt: ошибки в отчётах для руководства упали втрое.",
                        "Сократил счёт за облако на 28 % за счёт партиционирования и холодного хранения."),
                    List.of(Skill.of("Kafka"), Skill.of("ClickHouse"), Skill.of("dbt"), Skill.of("Airflow"))),
                new Entry("Инженер данных", "АО «Северная розница»", "Санкт-Петербург",
                    DateRanges.range(YearMonth.of(2019, 7), YearMonth.of(2022, 1), ru), null, null,
                    List.of("Построил хранилище продаж 1200 магазинов на PostgreSQL и Greenplum.",
                        "Написал на Python загрузку чеков, которая обрабатывает 40 млн строк за ночь."),
                    List.of(Skill.of("Python"), Skill.of("Greenplum"), Skill.of("SQL"))))),
            new Section(SectionKind.EDUCATION, "Образование", List.of(
                new Entry("Бакалавр, прикладная информатика", "Университет ИТМО", "Санкт-Петербург",
                    DateRanges.years(2015, 2019, ru), null, null, List.of(), List.of()))),
            new Section(SectionKind.SKILLS, "Навыки", List.of(
                new Entry("Данные", null, null, null, null, null, List.of(),
                    List.of(new Skill("SQL", 5), new Skill("ClickHouse", 4), new Skill("Kafka", 4))),
                new Entry("Языки", null, null, null, null, null, List.of(),
                    List.of(new Skill("Python", 5), new Skill("Scala", 3))))),
            new Section(SectionKind.LANGUAGES, "Языки", List.of(
                new Entry("Русский", null, null, null, null, "родной", List.of(), List.of()),
                new Entry("Английский", null, null, null, null, "B2", List.of(), List.of())))),
        Photo.of(SILHOUETTE));
  }

  private static ResumeDocument engineerEn() {
    Language en = Language.EN;
    return new ResumeDocument(en, "Sarah Mitchell", "Senior Data Engineer",
        List.of(Contact.email("sarah.mitchell@example.com"), Contact.phone("+1 415 555 0142"),
            Contact.location("San Francisco, CA"), Contact.link(ContactKind.GITHUB, "https://github.com/smitchell")),
        "Data engineer with six years in retail and logistics. I build the pipelines and warehouses that analysts "
            + "trust, and I measure my work by how rarely a report is wrong.",
        List.of(
            new Section(SectionKind.EXPERIENCE, "Experience", List.of(
                new Entry("Senior Data Engineer", "SwiftCart Inc.", "San Francisco",
                    DateRanges.range(YearMonth.of(2022, 2), null, en), null, null,
                    List.of("Moved nightly batch loads to a Kafka-to-ClickHouse stream: data is six hours fresher.",
                        "Added dbt quality checks that cut errors in executive reports by two thirds.",
                        "Reduced the cloud bill by 28% with partitioning and cold storage."),
                    List.of(Skill.of("Kafka"), Skill.of("ClickHouse"), Skill.of("dbt"), Skill.of("Airflow"))),
                new Entry("Data Engineer", "Northline Retail", "Oakland",
                    DateRanges.range(YearMonth.of(2019, 7), YearMonth.of(2022, 1), en), null, null,
                    List.of("Built the sales warehouse for 1,200 stores on PostgreSQL and Greenplum.",
                        "Wrote the Python receipt loader that handles 40 million rows a night."),
                    List.of(Skill.of("Python"), Skill.of("Greenplum"), Skill.of("SQL"))))),
            new Section(SectionKind.EDUCATION, "Education", List.of(
                new Entry("BSc Computer Science", "University of California, Davis", "Davis, CA",
                    DateRanges.years(2015, 2019, en), null, null, List.of(), List.of()))),
            new Section(SectionKind.SKILLS, "Skills", List.of(
                new Entry("Data", null, null, null, null, null, List.of(),
                    List.of(new Skill("SQL", 5), new Skill("ClickHouse", 4), new Skill("Kafka", 4))),
                new Entry("Languages", null, null, null, null, null, List.of(),
                    List.of(new Skill("Python", 5), new Skill("Scala", 3))))),
            new Section(SectionKind.LANGUAGES, "Languages", List.of(
                new Entry("English", null, null, null, null, "native", List.of(), List.of()),
                new Entry("Spanish", null, null, null, null, "B2", List.of(), List.of())))),
        Photo.of(SILHOUETTE));
  }

  private static ResumeDocument researcherRu() {
    Language ru = Language.RU;
    return new ResumeDocument(ru, "Ирина Соколова", "Кандидат физико-математических наук, доцент",
        List.of(Contact.email("i.sokolova@example.ru"), Contact.location("Новосибирск"),
            Contact.link(ContactKind.WEBSITE, "https://orcid.org/0000-0002-1825-0097")),
        "Исследую численные методы для задач гидродинамики и преподаю вычислительную математику. "
            + "Руковожу группой из трёх аспирантов.",
        List.of(
            new Section(SectionKind.EXPERIENCE, "Научная работа", List.of(
                new Entry("Доцент кафедры вычислительной математики", "Новосибирский государственный университет",
                    "Новосибирск", DateRanges.years(2019, null, ru), null, null, List.of(), List.of()),
                new Entry("Научный сотрудник", "Институт вычислительной математики СО РАН", "Новосибирск",
                    DateRanges.years(2014, 2019, ru), null, null, List.of(), List.of()))),
            new Section(SectionKind.EDUCATION, "Образование", List.of(
                new Entry("Кандидат физ.-мат. наук, 01.01.07", "Новосибирский государственный университет", null,
                    "2014", null, "Диссертация: «Разрывные методы Галёркина для уравнений мелкой воды».",
                    List.of(), List.of()))),
            new Section(SectionKind.PUBLICATIONS, "Публикации", List.of(
                new Entry("Устойчивая схема для уравнений мелкой воды на неструктурированных сетках",
                    "Журнал вычислительной математики и математической физики", null, "2023",
                    "https://doi.org/10.1134/S0965542523010001", "Соколова И. П., Петров А. В.", List.of(),
                    List.of()),
                new Entry("Well-balanced discontinuous Galerkin methods for tsunami modelling",
                    "Journal of Computational Physics", null, "2021", null, "Sokolova I., Chen L.", List.of(),
                    List.of()))),
            new Section(SectionKind.CONFERENCES, "Доклады", List.of(
                new Entry("Адаптивные сетки для моделирования цунами", "Марчуковские научные чтения",
                    "Новосибирск", "2024", null, "Пленарный доклад", List.of(), List.of()))),
            new Section(SectionKind.TEACHING, "Преподавание", List.of(
                new Entry("Численные методы (лекции, 3-й курс)", "НГУ, механико-математический факультет", null,
                    DateRanges.years(2019, null, ru), null, null, List.of(), List.of()))),
            new Section(SectionKind.GRANTS, "Гранты", List.of(
                new Entry("Грант РНФ № 23-21-00123, руководитель", "Российский научный фонд", null,
                    DateRanges.years(2023, 2025, ru), null, "6 млн руб.", List.of(), List.of())))),
        Photo.of(SILHOUETTE));
  }

  private static ResumeDocument researcherEn() {
    Language en = Language.EN;
    return new ResumeDocument(en, "James Whitfield", "Lecturer in Computational Linguistics, PhD",
        List.of(Contact.email("j.whitfield@example.ac.uk"), Contact.location("Edinburgh, UK"),
            Contact.link(ContactKind.WEBSITE, "https://orcid.org/0000-0001-5109-3700")),
        "I study how language models represent meaning across languages, and teach natural language processing "
            + "to undergraduates and master's students.",
        List.of(
            new Section(SectionKind.EXPERIENCE, "Appointments", List.of(
                new Entry("Lecturer in Computational Linguistics", "University of Edinburgh", "Edinburgh",
                    DateRanges.years(2021, null, en), null, null, List.of(), List.of()),
                new Entry("Postdoctoral Research Associate", "University of Cambridge", "Cambridge",
                    DateRanges.years(2018, 2021, en), null, null, List.of(), List.of()))),
            new Section(SectionKind.EDUCATION, "Education", List.of(
                new Entry("PhD in Informatics", "University of Edinburgh", null, "2018", null,
                    "Thesis: “Cross-lingual transfer in neural parsers”.", List.of(), List.of()))),
            new Section(SectionKind.PUBLICATIONS, "Publications", List.of(
                new Entry("Probing multilingual encoders for shared semantic roles",
                    "Transactions of the ACL, vol. 12", null, "2024", "https://doi.org/10.1162/tacl_a_00612",
                    "Whitfield J., Okafor N.", List.of(), List.of()),
                new Entry("Low-resource dependency parsing with typological features",
                    "Proceedings of EMNLP", null, "2020", null, "Whitfield J., Korhonen A.", List.of(),
                    List.of()))),
            new Section(SectionKind.CONFERENCES, "Invited talks", List.of(
                new Entry("What do multilingual models share?", "LREC-COLING", "Turin", "2024", null,
                    "Keynote", List.of(), List.of()))),
            new Section(SectionKind.TEACHING, "Teaching", List.of(
                new Entry("Natural Language Processing (MSc, 120 students)", "University of Edinburgh", null,
                    DateRanges.years(2021, null, en), null, null, List.of(), List.of()))),
            new Section(SectionKind.GRANTS, "Grants", List.of(
                new Entry("UKRI Future Leaders Fellowship, principal investigator", "UK Research and Innovation",
                    null, DateRanges.years(2023, 2027, en), null, "£1.2 million", List.of(), List.of())))),
        Photo.of(SILHOUETTE));
  }

  /** A grey head and shoulders on a pale ground: a photo's place without anyone's face. */
  private static byte[] silhouette() {
    int side = 400;
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(0xe6e9ee), 0, side, new Color(0xc9d0da)));
    g.fillRect(0, 0, side, side);
    g.setColor(new Color(0x8a94a3));
    g.fill(new Ellipse2D.Double(side * 0.31, side * 0.16, side * 0.38, side * 0.42));
    g.fill(new Ellipse2D.Double(side * 0.1, side * 0.62, side * 0.8, side * 0.8));
    g.dispose();
    return Images.png(image);
  }
}
