package com.qh.profile.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.profile.Fixtures;
import com.qh.profile.model.Language;
import com.qh.profile.model.Profile;
import com.qh.profile.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    @Test
    void scoresAnEmptyProfileZeroAndSaysWhatToAdd() {
        Completeness.Report report = Completeness.of(Profile.empty(Language.EN));

        assertThat(report.score()).isZero();
        assertThat(report.findings()).extracting(Completeness.Finding::section)
                .contains("personal", "summary", "experience", "education", "skills", "languages");
    }

    @Test
    void scoresAFullProfileHighWithNothingMissing() {
        Completeness.Report report = Completeness.of(Fixtures.javaDeveloperRuEn());

        assertThat(report.score()).isGreaterThanOrEqualTo(95);
        assertThat(report.findings()).noneMatch(f -> f.severity() == Completeness.Finding.Severity.MISSING);
    }

    @Test
    void pointsAtTheJobWithoutAchievements() {
        Profile profile = Fixtures.javaDeveloperRuEn().withIdsAssigned();
        Profile withBareJob = profile.withItems(Section.EXPERIENCE,
                List.of(Fixtures.job("Acme", "2020-01", null, null).withId(java.util.UUID.randomUUID())));

        Completeness.Report report = Completeness.of(withBareJob);

        assertThat(report.findings()).anySatisfy(finding -> {
            assertThat(finding.section()).isEqualTo("experience");
            assertThat(finding.itemId()).isEqualTo(withBareJob.experience().get(0).id());
            assertThat(finding.field()).isEqualTo("highlights");
        });
        assertThat(report.score()).isLessThan(Completeness.of(profile).score());
    }

    @Test
    void asksToQuantifyAchievementsWithoutNumbers() {
        Profile profile = Fixtures.javaDeveloperRuEn().withItems(Section.EXPERIENCE,
                List.of(Fixtures.job("Acme", "2020-01", null, "Улучшила качество кода")));

        assertThat(Completeness.of(profile).findings()).anySatisfy(finding ->
                assertThat(finding.severity()).isEqualTo(Completeness.Finding.Severity.WEAK));
    }
}
