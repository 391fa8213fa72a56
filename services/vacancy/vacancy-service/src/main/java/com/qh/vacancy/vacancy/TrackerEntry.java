package com.qh.vacancy.vacancy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of an application's history: a status change, a note, the documents sent, or several of them. */
@Entity
@Table(name = "tracker_entry")
class TrackerEntry {

    @Id
    UUID id;
    UUID vacancyId;
    @Enumerated(EnumType.STRING)
    Status status;
    String note;
    LocalDate happenedOn;
    Instant createdAt;
    /** The resume sent with the application at this step (a document id), or null. */
    UUID resumeDocumentId;
    /** The cover letter sent at this step (a document id), or null. */
    UUID letterDocumentId;

    protected TrackerEntry() {
    }

    TrackerEntry(UUID vacancyId, Status status, String note, LocalDate happenedOn, Instant now,
            UUID resumeDocumentId, UUID letterDocumentId) {
        this.id = UUID.randomUUID();
        this.vacancyId = vacancyId;
        this.status = status;
        this.note = note;
        this.happenedOn = happenedOn;
        this.createdAt = now;
        this.resumeDocumentId = resumeDocumentId;
        this.letterDocumentId = letterDocumentId;
    }
}
