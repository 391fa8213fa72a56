package com.qh.vacancy.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.skills.SkillTaxonomy;
import com.qh.skills.SkillsInUse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SkillReleasesAutoConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SkillReleasesAutoConfiguration.class))
            .withPropertyValues("qh.skills.releases.refresh=0s");

    @Test
    void aServiceThatCannotReachTheVacancyServiceStartsOnTheShippedTaxonomy() {
        contexts.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(SkillsInUse.class).hasSingleBean(SkillReleases.class);
            assertThat(context.getBean(SkillsInUse.class).taxonomy()).isSameAs(SkillTaxonomy.builtIn());
        });
    }

    @Test
    void followsNoReleasesWhenTurnedOff() {
        contexts.withPropertyValues("qh.skills.releases.enabled=false").run(context -> {
            assertThat(context).hasSingleBean(SkillsInUse.class).doesNotHaveBean(SkillReleases.class);
        });
    }
}
