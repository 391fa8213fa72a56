-- Who a user is to the notification service: where to reach them, in which language. Filled from auth's events
-- (e-mail, language) and the user's own settings (phone for SMS).
create table contact (
    user_id    uuid         primary key,
    email      varchar(320),
    language   varchar(2)   not null,
    phone      varchar(20),
    updated_at timestamptz  not null
);

-- A user's choices per category and channel; no row means the category's default.
create table preference (
    user_id    uuid        not null,
    category   varchar(40) not null,
    channel    varchar(20) not null,
    enabled    boolean     not null,
    updated_at timestamptz not null,
    primary key (user_id, category, channel)
);

-- One-click unsubscribe links (RFC 8058): one per e-mail sent, naming the category it stops.
create table unsubscribe_link (
    token      varchar(64)  primary key,
    user_id    uuid         not null,
    category   varchar(40)  not null,
    created_at timestamptz  not null,
    used_at    timestamptz
);
create index unsubscribe_link_user on unsubscribe_link (user_id);

-- Web Push subscriptions registered by a user's browsers.
create table push_subscription (
    id         uuid          primary key,
    user_id    uuid          not null,
    endpoint   varchar(2048) not null unique,
    p256dh     varchar(200)  not null,
    auth       varchar(100)  not null,
    created_at timestamptz   not null
);
create index push_subscription_user on push_subscription (user_id);

-- E-mail subscriptions of people who may have no account (double opt-in); one row per address, compared in lower case.
create table email_subscription (
    id                uuid         primary key,
    email             varchar(320) not null,
    email_key         varchar(320) not null unique,
    language          varchar(2)   not null,
    status            varchar(12)  not null,
    confirm_token     varchar(64)  not null unique,
    unsubscribe_token varchar(64)  not null unique,
    created_at        timestamptz  not null,
    confirmed_at      timestamptz,
    unsubscribed_at   timestamptz
);

alter table delivery add column category varchar(40);
alter table delivery add column headers text;
