package com.qh.vacancy.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.platform.web.ConflictException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TrackerTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            // forward, skipping stages too
            "SAVED, APPLIED, true", "SAVED, INTERVIEW, true", "SAVED, OFFER, true", "APPLIED, OFFER, true",
            // back by one stage undoes a mistaken move
            "APPLIED, SAVED, true", "INTERVIEW, APPLIED, true", "OFFER, INTERVIEW, true",
            // further back is not a correction but a different story
            "INTERVIEW, SAVED, false", "OFFER, SAVED, false", "OFFER, APPLIED, false",
            // a rejection can happen at any stage, and an employer can call back
            "SAVED, REJECTED, true", "OFFER, REJECTED, true", "REJECTED, INTERVIEW, true", "REJECTED, APPLIED, true",
            "REJECTED, SAVED, false",
            // staying put is no move
            "APPLIED, APPLIED, false" })
    void allowsOnlyTheMovesOfARealApplication(Status from, Status to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void refusesAnOfferBackToSavedAndSaysWhereItCanGo() {
        Vacancy vacancy = new Vacancy(UUID.randomUUID(), NOW);
        vacancy.moveTo(Status.OFFER, NOW);

        assertThatThrownBy(() -> vacancy.moveTo(Status.SAVED, NOW.plusSeconds(60)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("cannot move to SAVED")
                .hasMessageContaining("INTERVIEW, REJECTED");
        assertThat(vacancy.status()).isEqualTo(Status.OFFER);
        assertThat(vacancy.statusChangedAt()).isEqualTo(NOW);
    }

    @Test
    void recordsWhenTheStatusChangedAndIgnoresARepeat() {
        Vacancy vacancy = new Vacancy(UUID.randomUUID(), NOW);

        assertThat(vacancy.moveTo(Status.APPLIED, NOW.plusSeconds(60))).isTrue();
        assertThat(vacancy.moveTo(Status.APPLIED, NOW.plusSeconds(120))).isFalse();
        assertThat(vacancy.statusChangedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
