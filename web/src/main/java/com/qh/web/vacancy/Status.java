package com.qh.web.vacancy;

import java.util.Arrays;
import java.util.List;

/**
 * The tracker's statuses, in the order of an application. Which moves a page offers follows the vacancy service's
 * rule (forward to any later stage, back one to undo, to rejected from anywhere, from rejected back into the
 * process); the service still decides, and a refused move comes back as its 409 on the page.
 */
public enum Status {
    SAVED, APPLIED, INTERVIEW, OFFER, REJECTED;

    static Status of(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst().orElse(SAVED);
    }

    /**
     * The step an application usually takes next (saved → applied → interview → offer), or {@code null} from an
     * offer or a rejection: what a card's move form offers first, so that "Move" alone never moves a card back.
     */
    public Status next() {
        return this == OFFER || this == REJECTED ? null : values()[ordinal() + 1];
    }

    /** The statuses an application in this one can move to. */
    public List<Status> moves() {
        if (this == REJECTED) {
            return List.of(SAVED, APPLIED, INTERVIEW, OFFER);
        }
        return Arrays.stream(values())
                .filter(next -> next != this && (next == REJECTED || next.ordinal() > ordinal()
                        || next.ordinal() == ordinal() - 1))
                .toList();
    }
}
