-- One row per message to send: (event, channel, recipient) is unique, so an event never notifies anyone twice.
-- The worker sends what is due; failures are retried with backoff and end as DEAD after the last attempt.
create table delivery (
    id              uuid         primary key,
    event_id        uuid         not null,
    event_type      varchar(100) not null,
    channel         varchar(20)  not null,
    recipient       varchar(320) not null,
    user_id         uuid,
    language        varchar(2)   not null,
    subject         text,
    text_body       text         not null,
    html_body       text,
    status          varchar(10)  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    constraint delivery_once unique (event_id, channel, recipient)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_user on delivery (user_id);

-- The delivery log: every attempt, with its outcome.
create table delivery_attempt (
    delivery_id uuid        not null references delivery (id) on delete cascade,
    attempt     int         not null,
    at          timestamptz not null,
    outcome     varchar(10) not null,
    error       text,
    primary key (delivery_id, attempt)
);

-- Mail the default run keeps instead of sending it (GET /api/v1/dev/mail).
create table captured_mail (
    id          uuid         primary key,
    recipient   varchar(320) not null,
    subject     text         not null,
    text_body   text         not null,
    html_body   text,
    headers     text         not null,
    captured_at timestamptz  not null
);

-- Templates edited by admins; the shipped ones live in the jar.
create table template_override (
    event_type varchar(100) not null,
    channel    varchar(20)  not null,
    language   varchar(2)   not null,
    subject    text,
    text_body  text         not null,
    html_body  text,
    updated_at timestamptz  not null,
    primary key (event_type, channel, language)
);
