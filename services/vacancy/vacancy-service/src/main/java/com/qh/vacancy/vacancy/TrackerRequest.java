package com.qh.vacancy.vacancy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A step in an application: a new status, a note, or both, on a day (today unless given). */
@Schema(example = """
        {"status": "INTERVIEW", "note": "Technical interview with the team lead, Thursday 15:00", "date": "2026-11-20"}""")
record TrackerRequest(Status status, @Size(max = 4000) String note, @PastOrPresent LocalDate date) {

    @AssertTrue(message = "give a status, a note, or both")
    @Schema(hidden = true)
    boolean isSomething() {
        return status != null || note != null && !note.isBlank();
    }
}
