package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Failure classes of the second generalising round (FACTCHECK.md), each on a profile of the team's own: a year
 * stated for a dated entry, a wish that covers only what follows it, a post placed at an employer, and standing in
 * for a post.
 */
class FactCheckerSecondRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void wantsAYearStatedForADatedEntryToBeThatEntrysYear() {
        Evidence planner = Evidence.of(planner());

        assertThat(spans(CHECKER.check("I became a chartered member of the RTPI in 2013.", planner))).containsExactly("2013");
        assertThat(CHECKER.check("I became a chartered member of the RTPI in 2015.", planner).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I began at Trafford Council in 2011 as a planning officer.", planner)))
                .containsExactly("2011");
        assertThat(CHECKER.check("I began at Trafford Council in 2012 as a planning officer.", planner).unsupported())
                .isEmpty();
        // a certificate's date, not a job's start, after "since"
        assertThat(CHECKER.check("I have been MRTPI since 2015.", planner).unsupported()).isEmpty();
        // a bare year in brackets after a school is one of its ends
        assertThat(spans(CHECKER.check("I hold an MPlan from the University of Leeds (2009).", planner)))
                .containsExactly("2009");
    }

    @Test
    void letsAWishCoverOnlyWhatFollowsIt() {
        Evidence planner = Evidence.of(planner(), new Evidence.Target("Kirklees Council", "Team Leader",
                "We use Uniform and Arcus. You will lead a team of planners."));

        assertThat(spans(CHECKER.check("I work daily in Arcus, which I know your team uses, and I am keen to learn more.",
                planner))).containsExactly("Arcus");
        assertThat(CHECKER.check("I am keen to learn Arcus, which your team uses.", planner).unsupported()).isEmpty();
    }

    @Test
    void wantsAPostPlacedAtAnEmployerToBeHeldThere() {
        Evidence planner = Evidence.of(planner());

        assertThat(spans(CHECKER.check("Principal Planning Officer at Trafford Council (2012–2021)", planner)))
                .containsExactly("Principal Planning Officer");
        assertThat(CHECKER.check("Principal Planning Officer at Manchester City Council since 2021", planner)
                .unsupported()).isEmpty();
    }

    @Test
    void readsStandingInForAPostAsAPost() {
        Evidence planner = Evidence.of(planner());

        assertThat(spans(CHECKER.check("I also deputised as planning manager for a year.", planner)))
                .containsExactly("planning manager");
        assertThat(CHECKER.check("I also acted as duty planner for a year.", planner).unsupported()).isEmpty();
    }

    private static JsonNode planner() {
        return JSON.readTree("""
                {"basics": {"label": "Principal Planning Officer"},
                 "work": [
                  {"name": "Manchester City Council", "position": "Principal Planning Officer", "startDate": "2021-11",
                   "highlights": ["Leads a team of 5 planning officers", "Duty planner for householder enquiries"]},
                  {"name": "Trafford Council", "position": "Planning Officer", "startDate": "2012-09",
                   "endDate": "2021-10"}],
                 "education": [{"institution": "University of Leeds", "studyType": "MPlan",
                   "area": "Town Planning", "startDate": "2007-09", "endDate": "2011-06"}],
                 "certificates": [{"name": "Chartered Member of the RTPI (MRTPI)", "issuer": "RTPI",
                   "date": "2015-05"}],
                 "skills": [{"name": "Systems", "keywords": ["Idox Uniform", "ArcGIS"]}]}
                """);
    }
}
