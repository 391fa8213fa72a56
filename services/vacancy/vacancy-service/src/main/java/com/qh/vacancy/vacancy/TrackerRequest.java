package com.qh.vacancy.vacancy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A step in an application: a new status, a note, the resume and cover letter sent (documents of the document
 * service, usually the generated ones), or any of them together, on a day (today unless given).
 */
@Schema(example = """
        {"status": "APPLIED", "note": "Sent through the company's site", "date": "2026-11-20",
         "resumeDocumentId": "0b6f7c7e-4d7e-4b8a-9d55-2f2b1c8f5a10", "letterDocumentId": "5d1c2a9e-8f3b-4c61-a0f7-6e2d9b3c4e21"}""")
record TrackerRequest(Status status, @Size(max = 4000) String note, @PastOrPresent LocalDate date,
        UUID resumeDocumentId, UUID letterDocumentId) {

    @AssertTrue(message = "give a status, a note, the documents sent, or any of them")
    @Schema(hidden = true)
    boolean isSomething() {
        return status != null || note != null && !note.isBlank() || resumeDocumentId != null
                || letterDocumentId != null;
    }
}
