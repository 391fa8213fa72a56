-- One row per event a consumer has handled: what makes redelivery harmless.
CREATE TABLE qh_processed_event
(
    consumer     TEXT                     NOT NULL,
    event_id     UUID                     NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX qh_processed_event_by_time ON qh_processed_event (processed_at);
