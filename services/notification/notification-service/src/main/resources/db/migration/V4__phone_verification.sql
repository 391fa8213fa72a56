-- A phone gets text messages only once its owner proved it theirs with a code texted to it: unverified numbers
-- would let anyone make us text any number, premium-rate ones included (SMS pumping). Phones stored before this
-- migration are unverified and get nothing until verified.
alter table contact add column phone_verified_at timestamptz;

-- The one code a user may confirm their phone with, hashed; gone once used, expired or guessed at too often.
create table phone_verification (
    user_id    uuid        primary key,
    phone      varchar(20) not null,
    code_hash  varchar(64) not null,
    expires_at timestamptz not null,
    attempts   integer     not null default 0,
    created_at timestamptz not null
);

-- Every code texted, for the limits per user, per number and overall.
create table phone_code_sent (
    id      uuid        primary key,
    user_id uuid        not null,
    phone   varchar(20) not null,
    sent_at timestamptz not null
);
create index phone_code_sent_user on phone_code_sent (user_id, sent_at);
create index phone_code_sent_phone on phone_code_sent (phone, sent_at);
create index phone_code_sent_at on phone_code_sent (sent_at);
