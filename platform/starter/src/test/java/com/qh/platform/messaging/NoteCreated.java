package com.qh.platform.messaging;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

@EventType("sample.note-created.v1")
record NoteCreated(UUID eventId, Instant occurredAt, UUID noteId, String title) implements IntegrationEvent {
}
