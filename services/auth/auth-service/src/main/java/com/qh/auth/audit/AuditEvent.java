package com.qh.auth.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One security event. Rows are only ever inserted. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    private UUID id;

    @Column(nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditEventType type;

    private UUID userId;

    private UUID actorId;

    private String email;

    private String ip;

    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, AuditEventType type, UUID userId, UUID actorId, String email, String ip,
            String detail) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.type = type;
        this.userId = userId;
        this.actorId = actorId;
        this.email = email;
        this.ip = ip;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    AuditEventView view() {
        return new AuditEventView(id, occurredAt, type, userId, actorId, email, ip, detail);
    }
}
