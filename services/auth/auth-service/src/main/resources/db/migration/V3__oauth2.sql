-- A sign-in with Google or GitHub in progress: state and PKCE verifier live here for a few minutes, since the
-- services keep no HTTP session.
create table oauth2_authorization (
    state          varchar(64)  primary key,
    provider       varchar(32)  not null,
    code_verifier  varchar(128) not null,
    created_at     timestamp with time zone not null,
    expires_at     timestamp with time zone not null
);
create index oauth2_authorization_expires_idx on oauth2_authorization (expires_at);

-- Which Google/GitHub account belongs to which QH account.
create table external_identity (
    id          uuid primary key,
    provider    varchar(32)  not null,
    subject     varchar(255) not null,
    user_id     uuid         not null references user_account (id) on delete cascade,
    email       varchar(320),
    created_at  timestamp with time zone not null
);
create unique index external_identity_provider_subject_uk on external_identity (provider, subject);
create index external_identity_user_idx on external_identity (user_id);
