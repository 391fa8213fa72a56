package com.qh.analysis.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.analysis.match.Candidate;
import com.qh.platform.web.QhException;
import com.qh.skills.SkillTaxonomy;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResumeParserTest {

    private final ResumeParser parser = new ResumeParser(SkillTaxonomy.builtIn());

    @Test
    void readsRussianDatesAndPresent() {
        Dates.Range range = Dates.range("Ведущий разработчик — март 2020 — по настоящее время");
        assertThat(range.start()).isEqualTo(YearMonth.of(2020, 3));
        assertThat(range.current()).isTrue();
        assertThat(range.monthPrecise()).isTrue();
    }

    @Test
    void readsNumericEnglishAndYearOnlyRanges() {
        assertThat(Dates.range("03/2020 – Present").current()).isTrue();
        Dates.Range years = Dates.range("2019–2021");
        assertThat(years.start()).isEqualTo(YearMonth.of(2019, 1));
        assertThat(years.end()).isEqualTo(YearMonth.of(2021, 12));
        assertThat(years.monthPrecise()).isFalse();
        assertThat(Dates.range("Jan 2018 - Dec 2019").end()).isEqualTo(YearMonth.of(2019, 12));
        assertThat(Dates.range("с 05.2019 по 07.2021").start()).isEqualTo(YearMonth.of(2019, 5));
    }

    @Test
    void doesNotTakeAPhoneNumberForDates() {
        assertThat(Dates.range("+7 (916) 123-45-67")).isNull();
    }

    @Test
    void readsARussianPdfIntoFields() {
        ParsedResume resume = parser.parse(Resumes.javaDeveloperRu(), "cv.pdf");

        assertThat(resume.language()).isEqualTo("ru");
        assertThat(resume.name().value()).isEqualTo("Смирнов Алексей");
        assertThat(resume.headline().value()).isEqualTo("Java-разработчик");
        assertThat(resume.contacts().email().value()).isEqualTo("a.smirnov@mail.ru");
        assertThat(resume.contacts().phone().value()).isEqualTo("+79161234567");
        assertThat(resume.contacts().city().value()).isEqualTo("Москва");
        assertThat(resume.experience()).extracting(j -> j.company().value(), j -> j.title().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ООО «Ромашка»", "Ведущий разработчик"),
                        org.assertj.core.groups.Tuple.tuple("АО «Вектор»", "Разработчик"));
        assertThat(resume.experience().get(0).current()).isTrue();
        assertThat(resume.skills()).extracting(ParsedResume.FoundSkill::name)
                .contains("Java", "Spring Boot", "PostgreSQL", "Apache Kafka", "Kubernetes");
        assertThat(resume.languages()).extracting(ParsedResume.SpokenLanguage::level).containsExactly("B2");
        assertThat(resume.education()).hasSize(1);
        assertThat(resume.education().get(0).end()).isEqualTo(2016);
    }

    @Test
    void readsTwoColumnsInReadingOrder() {
        ResumeText text = parser.read(Resumes.twoColumnsEn(), "cv.pdf");

        assertThat(text.columns()).isEqualTo(2);
        List<String> lines = text.lines();
        assertThat(lines.indexOf("SKILLS")).isLessThan(lines.indexOf("Kubernetes"));
        assertThat(lines.indexOf("Prometheus")).isLessThan(lines.indexOf("EXPERIENCE"));
        assertThat(lines).noneMatch(l -> l.contains("Terraform") && l.contains("Kiwi"));
        ParsedResume resume = parser.parse(text, "cv.pdf");
        assertThat(resume.experience()).extracting(j -> j.company().value()).containsExactly("Kiwi.com", "Avast");
        assertThat(resume.contacts().city().value()).isEqualTo("Prague");
    }

    @Test
    void refusesAnEmptyFileWithAReason() {
        assertThatThrownBy(() -> parser.parse(new byte[0], "cv.pdf")).isInstanceOf(QhException.class)
                .satisfies(e -> assertThat(((QhException) e).status().value()).isEqualTo(422))
                .hasMessageContaining("empty");
    }

    @Test
    void refusesAnImageOnlyPdfWithAReason() {
        assertThatThrownBy(() -> parser.parse(Resumes.imageOnlyPdf(), "scan.pdf")).isInstanceOf(QhException.class)
                .satisfies(e -> assertThat(((QhException) e).status().value()).isEqualTo(422))
                .satisfies(e -> assertThat(((QhException) e).type().toString()).endsWith("image-only-document"));
    }

    @Test
    void refusesAFileThatIsNotAResume() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> parser.parse(zip, "cv.zip")).isInstanceOf(QhException.class)
                .satisfies(e -> assertThat(((QhException) e).status().value()).isIn(415, 422));
    }

    @Test
    void givesTheMatcherACandidate() {
        Candidate candidate = parser.parse(Resumes.javaDeveloperRu(), "cv.pdf").toCandidate();

        assertThat(candidate.work()).extracting(Candidate.Job::id).containsExactly("work-0", "work-1");
        assertThat(candidate.work().get(0).end()).isNull();
        assertThat(candidate.work().get(1).start()).isEqualTo(YearMonth.of(2016, 1));
        assertThat(candidate.skills().get(0).keywords()).contains("Java", "Spring Boot");
        assertThat(candidate.city()).isEqualTo("Москва");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givesTheProfileAJsonResume() {
        Map<String, Object> json = parser.parse(Resumes.javaDeveloperRu(), "cv.pdf").toJsonResume();

        Map<String, Object> basics = (Map<String, Object>) json.get("basics");
        assertThat(basics).containsEntry("email", "a.smirnov@mail.ru").containsEntry("name", "Смирнов Алексей");
        List<Map<String, Object>> work = (List<Map<String, Object>>) json.get("work");
        assertThat(work.get(0)).containsEntry("startDate", "2020-03").doesNotContainKey("endDate");
        assertThat(work.get(1)).containsEntry("startDate", "2016").containsEntry("endDate", "2020");
    }

    @Test
    void readsAPlainTextResumeWithEnglishHeadings() {
        ParsedResume resume = parser.parse(Resumes.plainText("""
                John Doe
                Backend Developer
                john@doe.dev, +1 206 555 0100, Seattle
                WORK EXPERIENCE
                Backend Developer at Acme Inc.
                03/2020 - Present
                - Go services on AWS
                SKILLS
                Go, AWS, PostgreSQL
                """), "cv.txt");

        assertThat(resume.experience()).singleElement().satisfies(job -> {
            assertThat(job.company().value()).isEqualTo("Acme Inc.");
            assertThat(job.title().value()).isEqualTo("Backend Developer");
            assertThat(job.bullets()).containsExactly("Go services on AWS");
        });
        assertThat(resume.sections()).containsExactly("WORK EXPERIENCE", "SKILLS");
    }
}
