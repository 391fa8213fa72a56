-- Issue 16: the usage reports already counted, by the usageId the reporting service gives each model call, so a
-- report sent again (auth took it but the answer was lost) is counted once. Ids are kept 7 days (AiHousekeeping):
-- a service resends from memory only while it runs, every 30 s by default, so a week is far past any resend.
create table ai_usage_report (
    usage_id     uuid primary key,
    user_id      uuid not null references user_account (id) on delete cascade,
    recorded_at  timestamp with time zone not null
);
create index ai_usage_report_recorded_at_idx on ai_usage_report (recorded_at);
