-- The in-app inbox: one message per event and user (a redelivered event adds nothing).
create table inbox_message (
    id         uuid         primary key,
    user_id    uuid         not null,
    event_id   uuid         not null,
    event_type varchar(100) not null,
    title      text         not null,
    body       text         not null,
    link       text,
    created_at timestamptz  not null,
    read_at    timestamptz,
    constraint inbox_once unique (event_id, user_id)
);
create index inbox_by_user on inbox_message (user_id, created_at desc);
