package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classes of the seventh generalising round (FACTCHECK.md), each on made-up profiles of the team's own: a figure after
 * "for" with no noun of its own, in a sentence that has counted years, is a duration in years; and the run of a post
 * goes on through the posts that followed it without a gap and are named by a word of its title.
 */
class FactCheckerSeventhRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsAFigureAfterForWithNoNounAsTheYearsTheSentenceCounted() {
        Evidence chef = Evidence.of(pastryChef());
        // nine years as Pastry Chef at the Marlowe Hotel: "for almost nine" is that job's run
        assertThat(CHECKER.check("I have been a chef for nearly thirteen years and was Pastry Chef at the Marlowe "
                + "Hotel for almost nine, in charge of desserts for 120 covers.", chef).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I have been a chef for nearly thirteen years and was Pastry Chef at the "
                + "Marlowe Hotel for almost five, in charge of desserts for 120 covers.", chef)))
                .containsExactly("five");
        // no years counted before it: a figure, which the profile must state
        assertThat(spans(CHECKER.check("I plated desserts for almost nine, every night.", chef)))
                .containsExactly("nine");
    }

    @Test
    void runsAPostOnThroughThePromotionsThatFollowedIt() {
        // Associate Surveyor five years, then Senior Associate six at another firm without a gap: eleven as a surveyor
        assertThat(CHECKER.check("I have been a surveyor for more than ten years.", Evidence.of(surveyor(
                "Senior Associate"))).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I have been a surveyor for fifteen years.", Evidence.of(surveyor(
                "Senior Associate"))))).containsExactly("fifteen years");
        // a post whose head noun the first title does not hold is another line of work
        assertThat(spans(CHECKER.check("I have been a surveyor for more than ten years.", Evidence.of(surveyor(
                "Office Manager"))))).containsExactly("ten years");
    }

    private static JsonNode pastryChef() {
        return JSON.readTree("""
                {"basics": {"label": "Pastry Chef"},
                 "work": [{"name": "Marlowe Hotel", "position": "Pastry Chef", "startDate": "2015-01",
                   "endDate": "2023-12", "highlights": ["Desserts for 120 covers a night"]},
                  {"name": "Fenwick Brasserie", "position": "Commis Chef", "startDate": "2011-01",
                   "endDate": "2014-12"}]}
                """);
    }

    private static JsonNode surveyor(String laterPost) {
        return JSON.readTree("""
                {"basics": {"label": "Chartered surveyor"},
                 "work": [{"name": "Harrowgate Surveyors", "position": "%s", "startDate": "2017-01",
                   "endDate": "2022-12"},
                  {"name": "Lindqvist Partners", "position": "Associate Surveyor", "startDate": "2012-01",
                   "endDate": "2016-12"}]}
                """.formatted(laterPost));
    }
}
