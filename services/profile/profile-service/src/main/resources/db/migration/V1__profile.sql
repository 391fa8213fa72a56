-- One row per user: the career profile as one document. Personal data (name, contacts, date of birth, location)
-- is a separate column, encrypted by the application (AES-GCM, see the starter's FieldEncryptor); the rest is jsonb.
create table profile (
    user_id          uuid        primary key,
    version          bigint      not null,
    primary_language varchar(2)  not null,
    personal         text        not null,
    content          jsonb       not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
