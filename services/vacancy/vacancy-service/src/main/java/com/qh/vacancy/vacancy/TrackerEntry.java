package com.qh.vacancy.vacancy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of an application's history: a status change, a note, or both. */
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

    protected TrackerEntry() {
    }

    TrackerEntry(UUID vacancyId, Status status, String note, LocalDate happenedOn, Instant now) {
        this.id = UUID.randomUUID();
        this.vacancyId = vacancyId;
        this.status = status;
        this.note = note;
        this.happenedOn = happenedOn;
        this.createdAt = now;
    }
}
