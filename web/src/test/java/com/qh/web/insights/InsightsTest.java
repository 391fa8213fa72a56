package com.qh.web.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InsightsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void countsEachStepInTheWeekOfItsDateAndWhatEachApplicationReached() {
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        JsonNode interviewed = JSON.readTree("""
                {"tracker": [{"status": "SAVED", "date": "2026-11-23"}, {"status": "APPLIED", "date": "2026-11-30"},
                             {"status": "INTERVIEW", "date": "2026-12-02"}, {"status": "REJECTED", "date": "2026-12-02"}]}""");
        JsonNode offered = JSON.readTree("""
                {"tracker": [{"status": "SAVED", "date": "2026-01-05"}, {"status": "OFFER", "date": "2026-11-29"}]}""");

        Insights.Funnel funnel = Insights.funnel(List.of(interviewed, offered), wednesday, 3);

        assertThat(funnel.weeks()).containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 30));
        // The January step is older than the three weeks shown; Sunday the 29th belongs to the week of the 23rd.
        assertThat(funnel.counts().get("SAVED")).containsExactly(0, 1, 0);
        assertThat(funnel.counts().get("APPLIED")).containsExactly(0, 0, 1);
        assertThat(funnel.counts().get("OFFER")).containsExactly(0, 1, 0);
        assertThat(funnel.counts().get("REJECTED")).containsExactly(0, 0, 1);
        // An offer straight from saved still passed through applying and interviewing.
        assertThat(funnel.reached()).containsEntry("SAVED", 2).containsEntry("APPLIED", 2)
                .containsEntry("INTERVIEW", 2).containsEntry("OFFER", 1).containsEntry("REJECTED", 1);
    }

    @Test
    void countsAVacancyJustSavedAsSavedWhenItWasCreated() {
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        // The vacancy service records tracker steps only for moves: a vacancy just saved has none.
        JsonNode justSaved = JSON.readTree("""
                {"status": "SAVED", "createdAt": "2026-12-01T10:00:00Z", "tracker": []}""");

        Insights.Funnel funnel = Insights.funnel(List.of(justSaved), wednesday, 2);

        assertThat(funnel.counts().get("SAVED")).containsExactly(0, 1);
        assertThat(funnel.reached()).containsEntry("SAVED", 1).containsEntry("APPLIED", 0);
    }

    @Test
    void leavesOutPercentilesWhenTheEstimateHasTooLittleData() {
        assertThat(Insights.spread(JSON.readTree("{\"p10\": null, \"median\": null, \"sampleSize\": 0}"))).isNull();
        assertThat(Insights.spread(JSON.readTree("""
                {"currency": "RUB", "p10": 1, "p25": 2, "median": 3, "p75": 4, "p90": 5, "sampleSize": 9}""")))
                .isEqualTo(new Insights.Spread("RUB", List.of(1L, 2L, 3L, 4L, 5L), null, 9));
    }
}
