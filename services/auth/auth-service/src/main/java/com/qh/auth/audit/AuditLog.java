package com.qh.auth.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records security events in the caller's transaction, so an event is stored exactly when the change it reports
 * is. Failed sign-ins are recorded by a transaction that commits although the request fails.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Something happened to an account by its own owner (or to an address without an account). */
    @Transactional
    public void record(AuditEventType type, UUID userId, String email, String detail) {
        recordBy(type, userId, null, email, detail);
    }

    /** Someone else (an admin) did something to an account. */
    @Transactional
    public void recordBy(AuditEventType type, UUID userId, UUID actorId, String email, String detail) {
        String ip = ClientAddress.current();
        events.save(new AuditEvent(clock.instant(), type, userId, actorId, email, ip, detail));
        // Also a log line, so the events reach the central log store with the correlation id.
        log.info("audit {} user={} actor={} ip={} {}", type, userId, actorId, ip, detail == null ? "" : detail);
    }

    @Transactional(readOnly = true)
    Page<AuditEventView> search(UUID userId, AuditEventType type, Instant from, Instant to, Pageable page) {
        return events.search(userId, type, from, to, page).map(AuditEvent::view);
    }
}
