package com.qh.web.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void offersEveryLaterStageOneStepBackAndRejection() {
        assertThat(Status.INTERVIEW.moves()).containsExactly(Status.APPLIED, Status.OFFER, Status.REJECTED);
        assertThat(Status.SAVED.moves()).containsExactly(Status.APPLIED, Status.INTERVIEW, Status.OFFER,
                Status.REJECTED);
    }

    @Test
    void letsARejectedApplicationBackIntoTheProcess() {
        assertThat(Status.REJECTED.moves()).containsExactly(Status.SAVED, Status.APPLIED, Status.INTERVIEW,
                Status.OFFER);
    }

    @Test
    void nextIsTheUsualStepForwardAndNoneFromAnOfferOrARejection() {
        assertThat(Status.SAVED.next()).isEqualTo(Status.APPLIED);
        assertThat(Status.INTERVIEW.next()).isEqualTo(Status.OFFER);
        assertThat(Status.OFFER.next()).isNull();
        assertThat(Status.REJECTED.next()).isNull();
    }
}
