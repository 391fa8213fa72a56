package com.qh.vacancy.vacancy;

import java.util.Arrays;
import java.util.List;

/**
 * Where an application stands, as the application tracker shows it. The stages run in order; an application moves
 * forward to any later stage (a first interview may come as an offer), back by one stage to undo a move made by
 * mistake, to {@link #REJECTED} from anywhere, and from {@link #REJECTED} back into the process at any stage after
 * {@link #SAVED} (an employer who calls back). Anything else, such as an offer back to saved, is refused.
 */
public enum Status {
    SAVED,
    APPLIED,
    INTERVIEW,
    OFFER,
    REJECTED;

    /** Whether an application at this status may move to {@code next}. */
    public boolean canMoveTo(Status next) {
        if (next == null || next == this) {
            return false;
        }
        if (next == REJECTED) {
            return true;
        }
        if (this == REJECTED) {
            return next != SAVED;
        }
        return next.ordinal() > ordinal() || next.ordinal() == ordinal() - 1;
    }

    /** The statuses this one may move to, in order. */
    public List<Status> nextStatuses() {
        return Arrays.stream(values()).filter(this::canMoveTo).toList();
    }
}
