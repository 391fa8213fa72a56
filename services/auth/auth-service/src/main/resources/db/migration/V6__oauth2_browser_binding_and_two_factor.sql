-- Issue 21: a started sign-in is bound to the browser that started it (login CSRF, replayed callback URLs), may
-- be a request to link a provider to a signed-in account, and an account with two-factor waits for its code.

-- Sign-ins in progress are minutes old and carry no binding: they cannot be finished safely, so they go.
delete from oauth2_authorization;
-- SHA-256 (hex) of the random nonce in the browser's __Host-qh_oauth cookie; the callback must present the nonce.
alter table oauth2_authorization add column browser_hash varchar(64) not null;
-- Set when a signed-in user asked to link the provider to their account; null for a sign-in.
alter table oauth2_authorization add column link_user_id uuid references user_account (id) on delete cascade;

-- A provider sign-in of an account with two-factor on: no session until the code comes with this token.
create table oauth2_two_factor (
    token_hash  varchar(64) primary key,
    user_id     uuid        not null references user_account (id) on delete cascade,
    provider    varchar(32) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);
create index oauth2_two_factor_expires_idx on oauth2_two_factor (expires_at);
