package com.qh.ai.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generalising round: every content-bearing unit of a text (a Latin term, a language, a credential with its
 * figures, a graded post, a list of the profile's things, a counted figure, the school of a degree) needs support in
 * one place of the profile, shown on the team's own profiles.
 */
class FactCheckerSupportTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode translator() {
        return JSON.readTree("""
                {"basics": {"name": "Anna Weiss", "label": "Translator"},
                 "work": [{"name": "RWS", "position": "Senior Translator", "startDate": "2015-01", "endDate": "2019-12",
                           "highlights": ["Mentored 2 junior translators", "Translated 400,000 words a year"]},
                          {"name": "Freelance", "position": "Translator", "startDate": "2020-01"}],
                 "education": [{"institution": "University of Leeds", "area": "Translation Studies",
                                "studyType": "Master", "startDate": "2013-09", "endDate": "2014-09"}],
                 "certificates": [{"name": "WSET Level 3 Award in Wines", "issuer": "WSET", "date": "2018-05"},
                                  {"name": "Goethe-Zertifikat C1", "issuer": "Goethe-Institut", "date": "2016-06"}],
                 "skills": [{"name": "Tools", "keywords": ["Trados Studio", "memoQ", "Xbench"]}],
                 "languages": [{"language": "English", "fluency": "Native"}, {"language": "French", "fluency": "C1"}]}
                """);
    }

    private static JsonNode technologist() {
        return JSON.readTree("""
                {"basics": {"name": "Мария Ким", "label": "Технолог"},
                 "work": [{"name": "Молочный комбинат", "position": "Ведущий технолог", "startDate": "2019-10",
                           "highlights": ["Снизила долю брака на 35%"]}],
                 "skills": [{"name": "Продукты", "keywords": ["йогурты", "кефир", "творог"]}]}
                """);
    }

    private static List<String> spans(String text, JsonNode profile) {
        return CHECKER.check(text, Evidence.of(profile)).unsupported().stream().map(UnsupportedClaim::span).toList();
    }

    @Test
    void aToolOrFirmInLatinLettersNeedsTheProfile() {
        assertThat(spans("I work daily in Trados Studio and Phrase.", translator())).containsExactly("Phrase");
        assertThat(spans("Ежедневно работаю в программах memoQ и Wordfast.", translator())).containsExactly("Wordfast");
        assertThat(spans("I work daily in Trados Studio and memoQ.", translator())).isEmpty();
    }

    @Test
    void aVacancysTermIsTheEmployersOnlyWhereTheTextSaysSo() {
        Evidence applying = Evidence.of(translator(),
                new Evidence.Target("Lexa", "Translator", "You will work in Phrase and with our Northern Hub team."));
        assertThat(CHECKER.check("I use Phrase every day.", applying).unsupported()).isNotEmpty();
        assertThat(CHECKER.check("I would love to join your Northern Hub team.", applying).unsupported()).isEmpty();
    }

    @Test
    void aLanguageAndItsLevelMustBeTheProfiles() {
        assertThat(spans("I translate from French and German.", translator())).containsExactly("German");
        assertThat(spans("I speak French at C1.", translator())).isEmpty();
    }

    @Test
    void aCredentialIsOneEntryWithItsFigures() {
        assertThat(spans("I hold the WSET Level 4 Diploma in Wines.", translator())).isNotEmpty();
        assertThat(spans("I hold the WSET Level 3 Award in Wines.", translator())).isEmpty();
        assertThat(spans("Сертификат Goethe-Zertifikat C2.", translator())).isNotEmpty();
    }

    @Test
    void aPostOfTheProfilesWithAnotherGradeIsATitle() {
        assertThat(spans("С 2019 года я главный технолог комбината.", technologist())).containsExactly("главный технолог");
        assertThat(spans("С 2019 года я ведущий технолог комбината.", technologist())).isEmpty();
        assertThat(spans("В 2024 году исполняла обязанности начальника цеха.", technologist())).isNotEmpty();
    }

    @Test
    void aListOfTheProfilesThingsListsOnlyItsThings() {
        assertThat(spans("Выпускала йогурты, кефир, творог и сыры.", technologist())).containsExactly("сыры");
    }

    @Test
    void aFigureMustBeWhatTheProfileCountsForTheSameThing() {
        assertThat(spans("I mentored four junior translators.", translator())).containsExactly("four");
        assertThat(spans("I mentored two junior translators.", translator())).isEmpty();
        assertThat(spans("Снизила долю брака в три раза.", technologist())).isNotEmpty();
    }

    @Test
    void theSchoolOfADegreeMustBeTheProfilesSchool() {
        assertThat(spans("I hold an MA in Translation Studies from the University of Bristol.", translator()))
                .isNotEmpty();
        assertThat(spans("I hold an MA in Translation Studies from the University of Leeds.", translator())).isEmpty();
    }
}
