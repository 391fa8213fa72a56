-- Analysis jobs: the table is the queue (see the README's "Jobs"). A worker claims a QUEUED job whose run_after
-- has come with FOR UPDATE SKIP LOCKED, holds a lease (lease_owner, lease_until) that it renews while it works,
-- and ends the job DONE or FAILED only while it still holds that lease. A job whose lease ran out (its worker died)
-- is queued again until max attempts, then FAILED with the reason: never left RUNNING.
create table analysis_job (
    id              uuid        primary key,
    user_id         uuid        not null,
    type            varchar(20) not null check (type in ('RESUME_REVIEW', 'MATCH', 'SALARY')),
    status          varchar(10) not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress        smallint    not null default 0 check (progress between 0 and 100),
    step            varchar(20),
    document_id     uuid,
    vacancy_id      uuid,
    -- The event that started the job (document.uploaded.v1), so that the same upload never makes two jobs.
    source_event_id uuid        unique,
    attempts        smallint    not null default 0,
    run_after       timestamptz not null,
    lease_owner     varchar(80),
    lease_until     timestamptz,
    last_error      text,
    result          jsonb,
    problem         jsonb,
    created_at      timestamptz not null,
    started_at      timestamptz,
    finished_at     timestamptz
);

create index analysis_job_due on analysis_job (run_after, created_at) where status = 'QUEUED';
create index analysis_job_leases on analysis_job (lease_until) where status = 'RUNNING';
create index analysis_job_by_user on analysis_job (user_id, created_at desc);
