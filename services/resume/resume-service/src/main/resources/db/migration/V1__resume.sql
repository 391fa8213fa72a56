-- Resumes: saved designs over the profile (the design is jsonb: title, language, template, appearance, sections,
-- target vacancy). The profile's facts are never copied here; a resume is composed from the profile when shown.
-- Every change keeps the design it replaced as a version; a deleted user's rows go on user.deleted.v1.
create table resume (
    id          uuid        primary key,
    user_id     uuid        not null,
    version     integer     not null,
    design      jsonb       not null,
    -- The GENERATED_RESUME document in the document service that renders are stored in, once rendered.
    document_id uuid,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create index resume_by_user on resume (user_id, updated_at desc);

create table resume_version (
    resume_id  uuid        not null references resume (id) on delete cascade,
    version    integer     not null,
    design     jsonb       not null,
    created_at timestamptz not null,
    primary key (resume_id, version)
);
