package com.qh.resume.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.ai.factcheck.Evidence;
import com.qh.ai.factcheck.FactCheck;
import com.qh.ai.factcheck.FactChecker;
import com.qh.rendering.DocumentRenderer;
import com.qh.rendering.ResumeDocument;
import com.qh.rendering.ResumeDocument.Entry;
import com.qh.rendering.ResumeDocument.Section;
import com.qh.rendering.ResumeDocument.SectionKind;
import com.qh.rendering.ResumeDocument.Skill;
import com.qh.resume.content.Design.SectionChoice;
import com.qh.resume.content.Design.Tailoring;
import com.qh.resume.source.TargetVacancy;
import com.qh.resume.source.TargetVacancy.Requirement;
import com.qh.skills.SkillGraph;
import com.qh.skills.SkillsInUse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The profile read into a resume in either language, arranged by a design, and tailored to a vacancy. */
class ComposerTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final SkillGraph GRAPH = SkillGraph.builtIn();
    static final Composer COMPOSER = new Composer(GRAPH);
    static final UUID VACANCY = UUID.randomUUID();

    static JsonNode vera() {
        try (InputStream in = ComposerTest.class.getClassLoader().getResourceAsStream("profiles/vera-sokolova.json")) {
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Design design(String language) {
        return new Design("Backend", language, "classic", null, null, null, null, null);
    }

    /** The payments vacancy as the vacancy service reads it: Java, Spring Boot, PostgreSQL, Kafka; Kubernetes a plus. */
    static TargetVacancy javaPayments() {
        return new TargetVacancy(VACANCY, "Java-разработчик (платежи)", "Платёжная платформа", "",
                List.of(new Requirement("Java", true), new Requirement("Spring Boot", true),
                        new Requirement("PostgreSQL", true), new Requirement("Apache Kafka", true),
                        new Requirement("Kubernetes", false)));
    }

    static Section section(ResumeDocument document, SectionKind kind) {
        return document.sections().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void tailorsWithTheSkillsTaxonomyReleaseInUse() {
        SkillsInUse skills = SkillsInUse.shipped();
        Composer composer = new Composer(skills);
        TargetVacancy vacancy = new TargetVacancy(VACANCY, "Java-разработчик", "Платёжная платформа", "",
                List.of(new Requirement("Java", true), new Requirement("Постгрескуэль", true),
                        new Requirement("Helidon", true)));

        Composition.Match before = composer.compose(vera(), design("ru"), vacancy).match();
        skills.apply(1, List.of(new com.qh.skills.Skill("Helidon", "frameworks", List.of()),
                new com.qh.skills.Skill("PostgreSQL", "data", List.of("Постгрескуэль"))));
        Composition.Match after = composer.compose(vera(), design("ru"), vacancy).match();

        assertThat(before.met()).containsExactly("Java");
        assertThat(before.missing()).isEmpty();
        assertThat(after.met()).containsExactly("Java", "PostgreSQL");
        assertThat(after.missing()).containsExactly("Helidon");
    }

    @Test
    void readsTheProfileInRussianWithDatesAsARussianReaderExpects() {
        ResumeDocument ru = COMPOSER.compose(vera(), design("ru"), null).document();

        assertThat(ru.name()).isEqualTo("Вера Соколова");
        assertThat(ru.headline()).isEqualTo("Бэкенд-разработчик");
        assertThat(ru.contacts()).extracting(ResumeDocument.Contact::text).containsExactly("vera@example.org",
                "+7 916 123-45-67", "Москва", "vera.example.org", "github.com/vsokolova", "@vera_dev");
        assertThat(ru.sections()).extracting(Section::title).containsExactly("Опыт работы", "Проекты",
                "Образование", "Навыки", "Языки", "Сертификаты", "Публикации");
        List<Entry> jobs = section(ru, SectionKind.EXPERIENCE).entries();
        assertThat(jobs).extracting(Entry::dates).containsExactly("июнь\u00a02024\u00a0— н.\u00a0в.",
                "март\u00a02021\u00a0— май\u00a02024", "2018\u00a0— 2021");
        assertThat(jobs.get(1).organisation()).isEqualTo("Нордвинд Платежи");
        // A text the profile has only in English is taken in English rather than left out.
        assertThat(section(ru, SectionKind.CERTIFICATES).entries().getFirst().title())
                .isEqualTo("Oracle Certified Professional: Java SE 17 Developer");
        assertThat(section(ru, SectionKind.LANGUAGES).entries()).extracting(Entry::text)
                .containsExactly("родной", "Upper-Intermediate (B2)");
        assertThat(section(ru, SectionKind.PUBLICATIONS).entries().getFirst().dates()).isEqualTo("февр.\u00a02024");
        assertThat(ru.summary()).startsWith("Бэкенд-разработчик, шесть лет");
    }

    @Test
    void readsTheSameProfileInEnglishAndByYearsWhenAsked() {
        Design years = new Design("Backend", "en", "classic", new Design.Look(null, null, null, null, null, null,
                null, "LEVELS", "YEAR"), null, null, null, null);
        ResumeDocument en = COMPOSER.compose(vera(), years, null).document();

        assertThat(en.name()).isEqualTo("Vera Sokolova");
        assertThat(section(en, SectionKind.EXPERIENCE).entries()).extracting(Entry::dates)
                .containsExactly("2024\u00a0– Present", "2021\u00a0– 2024", "2018\u00a0– 2021");
        assertThat(section(en, SectionKind.EXPERIENCE).entries().get(1).bullets().getFirst())
                .isEqualTo("Led a team of four developers");
        // The summary exists only in Russian: the English resume still has one.
        assertThat(en.summary()).startsWith("Бэкенд-разработчик");
        assertThat(section(en, SectionKind.SKILLS).entries().getFirst().skills()).extracting(Skill::level)
                .containsExactly(null, 5, 4, 3);
    }

    @Test
    void showsThePartsAndEntriesInTheDesignsOrderAndLeavesOutWhatItHides() {
        Design arranged = new Design("Backend", "en", "classic", null, List.of(
                new SectionChoice(Part.SKILLS, null, null, null),
                new SectionChoice(Part.EXPERIENCE, false,
                        List.of(UUID.fromString("5e000000-0000-4000-8000-000000000003")),
                        List.of(UUID.fromString("5e000000-0000-4000-8000-000000000001"))),
                new SectionChoice(Part.SUMMARY, true, null, null),
                new SectionChoice(Part.PROJECTS, true, null, null)), "Platform engineer", null, null);

        ResumeDocument document = COMPOSER.compose(vera(), arranged, null).document();

        assertThat(document.sections()).extracting(Section::kind).startsWith(SectionKind.SKILLS,
                SectionKind.EXPERIENCE, SectionKind.EDUCATION).doesNotContain(SectionKind.PROJECTS);
        assertThat(section(document, SectionKind.EXPERIENCE).entries()).extracting(Entry::title)
                .containsExactly("Java developer", "Senior Java developer");
        assertThat(document.summary()).isNull();
        assertThat(document.headline()).isEqualTo("Platform engineer");
    }

    @Test
    void refusesAProfileWithNoNameOrNothingToShow() {
        JsonNode empty = JSON.readTree("{\"primaryLanguage\": \"en\", \"personal\": {}}");
        JsonNode onlyName = JSON.readTree("{\"personal\": {\"firstName\": {\"en\": \"Ann\"}}}");

        assertThatThrownBy(() -> COMPOSER.compose(empty, design("en"), null))
                .isInstanceOf(EmptyProfileException.class).hasMessageContaining("no name")
                .hasMessageContaining("no experience, education or skills");
        assertThatThrownBy(() -> COMPOSER.compose(onlyName, design("en"), null))
                .isInstanceOf(EmptyProfileException.class).hasMessageNotContaining("no name");
    }

    @Test
    void tailoringPutsWhatTheVacancyRequiresFirstAndListsEveryChange() {
        Composition tailored = COMPOSER.compose(vera(), design("ru").withTarget(VACANCY, null), javaPayments());

        List<Entry> jobs = section(tailored.document(), SectionKind.EXPERIENCE).entries();
        assertThat(jobs).extracting(Entry::title).containsExactly("Ведущий Java-разработчик", "Java-разработчик",
                "Бариста");
        // Within a job: the bullets naming required skills first, the team lead's line last.
        assertThat(jobs.getFirst().bullets()).containsExactly(
                "Сократила время расчётов с 6 часов до 40 минут на PostgreSQL",
                "Перевела обмен событиями между сервисами на Kafka", "Вела команду из четырёх разработчиков");
        assertThat(jobs.get(1).bullets().getFirst()).isEqualTo("Разработала REST API на Spring Boot");
        assertThat(section(tailored.document(), SectionKind.SKILLS).entries().getFirst().skills())
                .extracting(Skill::name).containsExactly("Java", "PostgreSQL", "Apache Kafka", "Photoshop");
        assertThat(section(tailored.document(), SectionKind.PROJECTS).entries()).extracting(Entry::title)
                .containsExactly("ledger-check", "Фотоблог");
        assertThat(tailored.document().headline()).isEqualTo("Java-разработчик (платежи)");

        assertThat(tailored.changes()).extracting(Change::kind).contains(Change.Kind.TITLE_CHANGED,
                Change.Kind.ENTRY_MOVED, Change.Kind.BULLETS_REORDERED, Change.Kind.SKILLS_REORDERED);
        assertThat(tailored.changes()).filteredOn(c -> c.kind() == Change.Kind.ENTRY_MOVED)
                .anySatisfy(c -> {
                    assertThat(c.entry()).isEqualTo("Бариста");
                    assertThat(c.from()).isZero();
                    assertThat(c.to()).isEqualTo(2);
                });
        assertThat(tailored.changes()).noneMatch(c -> c.kind() == Change.Kind.ENTRY_HIDDEN);
        assertThat(tailored.match().met()).containsExactly("Java", "Spring Boot", "PostgreSQL", "Apache Kafka");
        assertThat(tailored.match().missing()).isEmpty();
    }

    @Test
    void tailoringHidesWhatNamesNothingAskedForAndTakesTheTargetTitleGiven() {
        Design hiding = design("en").withTarget(VACANCY, new Tailoring(true, "Senior Java engineer"));
        Composition tailored = COMPOSER.compose(vera(), hiding, javaPayments());

        assertThat(section(tailored.document(), SectionKind.EXPERIENCE).entries()).extracting(Entry::title)
                .containsExactly("Senior Java developer", "Java developer");
        assertThat(section(tailored.document(), SectionKind.PROJECTS).entries()).extracting(Entry::title)
                .containsExactly("ledger-check");
        assertThat(tailored.document().headline()).isEqualTo("Senior Java engineer");
        assertThat(tailored.changes()).filteredOn(c -> c.kind() == Change.Kind.ENTRY_HIDDEN)
                .extracting(Change::entry).containsExactly("Barista", "Photo blog", "Ровно один раз: расчёты через outbox");
        // Education and languages are never hidden by tailoring.
        assertThat(section(tailored.document(), SectionKind.EDUCATION).entries()).hasSize(1);
    }

    @Test
    void theTailoredResumeClaimsNothingTheProfileDoesNotSay() {
        FactChecker checker = new FactChecker();
        Evidence.Target target = new Evidence.Target("Платёжная платформа", "Java-разработчик (платежи)", "");
        Design english = design("en").withTarget(VACANCY, new Tailoring(true, null));
        FactCheck en = checker.check(text(COMPOSER.compose(vera(), english, javaPayments()).document()),
                Evidence.of(JsonResumes.of(vera(), "en"), target));

        assertThat(en.unsupported()).isEmpty();

        // In Russian the checker reads «бухгалтерских» in a project's description as a job title the profile lacks
        // (a false flag of the checker, reported): every flag is inside a line copied verbatim from the profile.
        Design russian = design("ru").withTarget(VACANCY, new Tailoring(true, null));
        String text = text(COMPOSER.compose(vera(), russian, javaPayments()).document());
        FactCheck ru = checker.check(text, Evidence.of(JsonResumes.of(vera(), "ru"), target));
        String profile = vera().toString();
        assertThat(ru.unsupported()).allSatisfy(claim -> {
            int end = text.indexOf('\n', claim.end());
            String line = text.substring(text.lastIndexOf('\n', claim.start()) + 1, end < 0 ? text.length() : end);
            assertThat(profile).contains(line);
        });
    }

    @Test
    void aTailoredResumeRendersToAPdfWhoseTextHoldsItsFacts() throws IOException {
        Design modern = new Design("Backend", "ru", "modern", null, null, null, VACANCY, new Tailoring(true, null));
        ResumeDocument document = COMPOSER.compose(vera(), modern, javaPayments()).document();
        byte[] pdf = new DocumentRenderer().pdf(document, modern.look());

        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(read)).contains("Вера Соколова")
                    .contains("Java-разработчик (платежи)").contains("Нордвинд Платежи").contains("ledger-check")
                    .doesNotContain("Бариста");
        }
        String look = System.getProperty("qh.resume.look");
        if (look != null) {
            Files.createDirectories(Path.of(look));
            Files.write(Path.of(look, "tailored-modern-ru.pdf"), pdf);
            Design classicEn = new Design("Backend", "en", "classic", null, null, null, null, null);
            Files.write(Path.of(look, "classic-en.pdf"), new DocumentRenderer().pdf(
                    COMPOSER.compose(vera(), classicEn, null).document(), classicEn.look()));
        }
    }

    /** The resume's text as a reader sees it: a line per title, organisation, dates, text, skill list and bullet. */
    static String text(ResumeDocument document) {
        List<String> lines = new ArrayList<>();
        lines.add(document.headline());
        if (document.summary() != null) {
            lines.add(document.summary());
        }
        for (Section section : document.sections()) {
            for (Entry entry : section.entries()) {
                for (String part : new String[] { entry.title(), entry.organisation(), entry.dates(), entry.text() }) {
                    if (part != null) {
                        lines.add(part);
                    }
                }
                if (!entry.skills().isEmpty()) {
                    lines.add(String.join(", ", entry.skills().stream().map(Skill::name).toList()));
                }
                lines.addAll(entry.bullets());
            }
        }
        return String.join("\n", lines);
    }
}
