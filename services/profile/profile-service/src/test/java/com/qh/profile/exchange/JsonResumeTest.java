package com.qh.profile.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.profile.Fixtures;
import com.qh.profile.model.Language;
import com.qh.profile.model.Profile;
import com.qh.profile.model.Sections.Cefr;
import jakarta.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JsonResumeTest {

    @Test
    void readsEveryJsonResumeSectionAndWritesTheSameDocumentBack() {
        JsonNode resume = Fixtures.veraSokolovaResume();

        JsonNode exported = JsonResume.export(JsonResume.read(resume, Language.EN).profile(), Language.EN);

        assertThat(exported).isEqualTo(resume);
    }

    @Test
    void exportsADocumentThatSatisfiesTheJsonResumeSchema() {
        Profile profile = JsonResume.read(Fixtures.veraSokolovaResume(), Language.EN).profile();

        assertThat(Fixtures.schemaErrors(Fixtures.jsonResumeSchema(), JsonResume.export(profile, Language.EN))).isEmpty();
        assertThat(Fixtures.schemaErrors(Fixtures.jsonResumeSchema(), JsonResume.export(Fixtures.javaDeveloperRuEn(), Language.RU)))
                .isEmpty();
    }

    @Test
    void readsAResumeIntoAValidProfile() {
        Profile profile = JsonResume.read(Fixtures.veraSokolovaResume(), Language.EN).profile();

        assertThat(Validation.buildDefaultValidatorFactory().getValidator().validate(profile)).isEmpty();
        assertThat(profile.personal().firstName().en()).isEqualTo("Vera");
        assertThat(profile.personal().lastName().en()).isEqualTo("Sokolova");
        assertThat(profile.experience().get(0).current()).isTrue();
        assertThat(profile.languages()).extracting(language -> language.cefr()).containsExactly(Cefr.NATIVE, Cefr.C1);
    }

    @Test
    void exportsInTheAskedLanguageAndFallsBackToTheOther() {
        Profile profile = Fixtures.javaDeveloperRuEn();

        JsonNode russian = JsonResume.export(profile, Language.RU);
        JsonNode english = JsonResume.export(profile, Language.EN);

        assertThat(russian.at("/basics/name").asString()).isEqualTo("Вера Соколова");
        assertThat(english.at("/basics/name").asString()).isEqualTo("Vera Sokolova");
        assertThat(english.at("/education/0/institution").asString()).isEqualTo("КФУ");
    }

    @Test
    void guessesCefrLevelsFromFreeTextFluency() {
        assertThat(List.of("Native speaker", "Родной", "B2 Upper-intermediate", "Fluent", "Elementary"))
                .extracting(JsonResume::cefr).containsExactly(Cefr.NATIVE, Cefr.NATIVE, Cefr.B2, Cefr.C1, Cefr.A2);
        assertThat(JsonResume.cefr("Klingon")).isNull();
    }
}
