-- Security events, kept after the account is deleted (user_id is therefore no foreign key).
create table audit_event (
    id           uuid primary key,
    occurred_at  timestamp with time zone not null,
    type         varchar(40)  not null,
    user_id      uuid,
    actor_id     uuid,
    email        varchar(320),
    ip           varchar(64),
    detail       varchar(500)
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_user_idx on audit_event (user_id, occurred_at desc);
create index audit_event_type_idx on audit_event (type, occurred_at desc);
