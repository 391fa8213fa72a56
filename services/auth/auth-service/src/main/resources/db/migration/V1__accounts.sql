-- Accounts: one row per person. password_hash is null for accounts created through Google/GitHub only.
create table user_account (
    id                   uuid primary key,
    email                varchar(320) not null,
    password_hash        varchar(255),
    display_name         varchar(100) not null,
    locale               varchar(35)  not null,
    email_verified       boolean      not null default false,
    role                 varchar(16)  not null,
    enabled              boolean      not null default true,
    totp_secret          varchar(64),
    totp_enabled         boolean      not null default false,
    totp_last_step       bigint,
    failed_login_count   integer      not null default 0,
    locked_until         timestamp with time zone,
    last_login_at        timestamp with time zone,
    password_changed_at  timestamp with time zone,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint       not null default 0,
    constraint user_account_role_check check (role in ('USER', 'ADMIN'))
);
-- E-mail addresses are stored normalised (trimmed, lower-case), so a plain unique index is case-insensitive.
create unique index user_account_email_uk on user_account (email);
create index user_account_created_at_idx on user_account (created_at);

-- Single-use tokens for e-mail verification and password reset. Only the SHA-256 of the token is kept.
create table one_time_token (
    id          uuid primary key,
    user_id     uuid         not null references user_account (id) on delete cascade,
    purpose     varchar(32)  not null,
    token_hash  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint one_time_token_purpose_check check (purpose in ('EMAIL_VERIFICATION', 'PASSWORD_RESET'))
);
create unique index one_time_token_hash_uk on one_time_token (token_hash);
create index one_time_token_user_idx on one_time_token (user_id, purpose);
