-- Documents, their versions and share links. The bytes are not here: each version names a blob in the blob store,
-- keyed by owner and SHA-256 (<owner_id>/<sha256>), so versions and documents of one user with equal bytes share
-- one blob; a blob is removed when no version refers to it any more.
create table document (
    id              uuid         primary key,
    owner_id        uuid         not null,
    kind            varchar(32)  not null,
    title           varchar(300),
    current_version integer      not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create index document_owner on document (owner_id, created_at);

create table document_version (
    id            uuid         primary key,
    document_id   uuid         not null references document (id) on delete cascade,
    number        integer      not null,
    owner_id      uuid         not null,
    file_name     varchar(255) not null,
    media_type    varchar(100) not null,
    size          bigint       not null,
    sha256        varchar(64)  not null,
    storage_key   varchar(200) not null,
    restored_from integer,
    created_at    timestamptz  not null,
    unique (document_id, number)
);
create index document_version_blob on document_version (owner_id, sha256);

-- A share link's token is 32 random bytes; only its SHA-256 is kept, so the table leaks no working link.
create table document_share (
    id             uuid         primary key,
    document_id    uuid         not null references document (id) on delete cascade,
    owner_id       uuid         not null,
    token_hash     varchar(64)  not null unique,
    password_hash  varchar(200),
    expires_at     timestamptz,
    revoked_at     timestamptz,
    download_count bigint       not null,
    created_at     timestamptz  not null
);
create index document_share_document on document_share (document_id);
