-- A user's saved vacancies, normalised; requirements are what the extractor read from the description.
create table vacancy (
    id                   uuid         primary key,
    owner_id             uuid         not null,
    version              bigint       not null,
    source               varchar(16)  not null,
    -- hh:<id> or the canonical page URL; importing the same source again updates the row.
    source_key           varchar(2048),
    source_url           varchar(2048),
    title                varchar(300) not null,
    company              varchar(300),
    salary_from          numeric(14, 2),
    salary_to            numeric(14, 2),
    salary_currency      varchar(3),
    salary_gross         boolean,
    salary_period        varchar(8),
    salary_monthly_from  numeric(14, 2),
    salary_monthly_to    numeric(14, 2),
    country              varchar(100),
    city                 varchar(200),
    area_id              varchar(20),
    employment           varchar(16),
    schedule             varchar(16),
    work_format          varchar(16),
    experience_min       integer,
    experience_max       integer,
    description_html     text         not null,
    description_text     text         not null,
    description_markdown text         not null,
    key_skills           jsonb        not null,
    requirements         jsonb        not null,
    published_at         timestamptz,
    status               varchar(16)  not null,
    status_changed_at    timestamptz  not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);
create unique index vacancy_owner_source on vacancy (owner_id, source_key);
create index vacancy_owner_updated on vacancy (owner_id, updated_at desc);

-- The application tracker's history: every status change and note on a saved vacancy.
create table tracker_entry (
    id          uuid        primary key,
    vacancy_id  uuid        not null references vacancy (id) on delete cascade,
    status      varchar(16),
    note        varchar(4000),
    happened_on date        not null,
    created_at  timestamptz not null
);
create index tracker_entry_vacancy on tracker_entry (vacancy_id, created_at);

-- Market vacancies: not owned by anyone, imported in bulk for salary estimates.
create table market_vacancy (
    id                  uuid         primary key,
    source              varchar(16)  not null,
    source_id           varchar(200) not null,
    title               varchar(300) not null,
    company             varchar(300),
    area_id             varchar(20),
    city                varchar(200),
    salary_from         numeric(14, 2),
    salary_to           numeric(14, 2),
    salary_currency     varchar(3),
    salary_gross        boolean,
    salary_monthly_from numeric(14, 2),
    salary_monthly_to   numeric(14, 2),
    experience_min      integer,
    experience_max      integer,
    work_format         varchar(16),
    skills              text[]       not null,
    published_at        timestamptz,
    imported_at         timestamptz  not null,
    unique (source, source_id)
);
create index market_vacancy_area on market_vacancy (area_id);
create index market_vacancy_skills on market_vacancy using gin (skills);
create index market_vacancy_title on market_vacancy (lower(title));
