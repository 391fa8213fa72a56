-- Issue 16: every user's daily allowance of model tokens, and the ledger the QH services report their model calls
-- to. Both rows belong to the account and go with it (on delete cascade), so deleting a user erases their usage.

-- A budget of the user's own; no row means qh.auth.ai.daily-token-budget.
create table ai_budget (
    user_id       uuid primary key references user_account (id) on delete cascade,
    daily_tokens  bigint not null check (daily_tokens >= 0),
    updated_at    timestamp with time zone not null
);

-- One row per user, UTC day, service and feature; each report adds its tokens and one call.
create table ai_usage (
    user_id            uuid        not null references user_account (id) on delete cascade,
    day                date        not null,
    service            varchar(64) not null,
    feature            varchar(64) not null,
    prompt_tokens      bigint      not null default 0,
    completion_tokens  bigint      not null default 0,
    calls              bigint      not null default 0,
    primary key (user_id, day, service, feature)
);
-- The admin report reads a range of days across users.
create index ai_usage_day_idx on ai_usage (day);
