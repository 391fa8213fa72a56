package com.qh.web.vacancy;

import java.util.List;

/**
 * One column of the tracker board.
 *
 * @param status the tracker status
 * @param cards the vacancies in it, changed last first
 */
public record BoardColumn(Status status, List<VacancyViews.Row> cards) {

    /** The moves a card of this column may make, as the vacancy service allows them. */
    public List<Status> moves() {
        return status.moves();
    }
}
