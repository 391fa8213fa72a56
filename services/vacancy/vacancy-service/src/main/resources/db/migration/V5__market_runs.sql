-- Issue 20: every run that fills the market store, for administrators: a file import, an hh.ru sync (scheduled or
-- asked for) or a re-reading after a taxonomy release, with its counts, the first problems and why it broke off.
create table market_run (
    id          uuid         primary key,
    origin      varchar(16)  not null check (origin in ('import', 'sync', 'taxonomy')),
    source      varchar(300) not null,
    actor       uuid,
    started_at  timestamptz  not null,
    finished_at timestamptz  not null,
    read        integer      not null,
    added       integer      not null,
    updated     integer      not null,
    skipped     integer      not null,
    problems    text[]       not null default '{}',
    failure     text
);
create index market_run_newest on market_run (started_at desc);
