-- RSA keys that sign access tokens. Kept in the database so tokens survive a restart and every replica signs
-- with and publishes the same keys.
create table signing_key (
    kid          varchar(64) primary key,
    algorithm    varchar(16) not null,
    public_key   bytea       not null,
    private_key  bytea       not null,
    created_at   timestamp with time zone not null,
    -- The key signs new tokens until this instant, and stays in the JWKS until retire_at.
    active_until timestamp with time zone not null,
    retire_at    timestamp with time zone not null
);
create index signing_key_created_at_idx on signing_key (created_at);

-- Refresh tokens: opaque to the client, stored as SHA-256. Every rotation adds a row to the same family; a spent
-- row presented again revokes the whole family.
create table refresh_token (
    id                uuid primary key,
    family_id         uuid        not null,
    user_id           uuid        not null references user_account (id) on delete cascade,
    token_hash        varchar(64) not null,
    issued_at         timestamp with time zone not null,
    expires_at        timestamp with time zone not null,
    spent_at          timestamp with time zone,
    revoked_at        timestamp with time zone,
    -- The access token handed out with this refresh token, so revoking the family also refuses it.
    access_token_id   varchar(64) not null,
    access_expires_at timestamp with time zone not null
);
create unique index refresh_token_hash_uk on refresh_token (token_hash);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_user_idx on refresh_token (user_id);
