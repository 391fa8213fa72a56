-- Issue 23: learning skills from the market. Mining needs what the employer wrote, not only what the extractor read:
-- the key skills as listed and the description's text (clipped by the service to 20,000 characters).
alter table market_vacancy add column key_skills text[] not null default '{}';
alter table market_vacancy add column description text not null default '';

-- What the miner proposes (a new skill, or a spelling of a skill the taxonomy has), with its evidence, and what an
-- administrator decided. candidate_key is the miner's key (the words as the matcher compares them): the same on
-- every run, so re-mining updates the evidence and never brings back a decided candidate.
create table skill_candidate (
    id                    uuid         primary key,
    candidate_key         varchar(500) not null unique,
    name                  varchar(300) not null,
    kind                  varchar(16)  not null,
    existing_skill        varchar(300),
    vacancies             integer      not null,
    named_in_descriptions integer      not null,
    -- spellings, titles, listedWith (name to count), examples (vacancy refs), category (the one proposed)
    evidence              jsonb        not null,
    status                varchar(16)  not null,
    first_seen_at         timestamptz  not null,
    mined_at              timestamptz  not null,
    decided_at            timestamptz,
    decided_by            uuid,
    -- action, skill, category, aliases, note
    decision              jsonb,
    release_version       varchar(80)
);
create index skill_candidate_queue on skill_candidate (status, vacancies desc, named_in_descriptions desc, name);

-- Taxonomy releases: the shipped taxonomy plus every release's additions, in order, is the taxonomy in use. A release
-- is numbered; its version is the shipped version it was made on, '+', and the number (2026.12.5+3).
create table skill_release (
    number       integer     primary key,
    version      varchar(80) not null,
    base_version varchar(40) not null,
    -- [{candidateId, action, skill, category, aliases, newSkill}]
    changes      jsonb       not null,
    created_at   timestamptz not null,
    created_by   uuid
);
