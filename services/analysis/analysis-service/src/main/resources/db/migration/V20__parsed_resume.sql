-- Parsed uploaded resumes, one row per document version's content and parser version: parsing a two-page PDF takes
-- tens of milliseconds and a job, the match and the web app all ask for the same file. The parse holds personal
-- data (contacts), so it is kept encrypted when the service has encryption keys (see the module README).
create table analysis_parsed_resume (
    document_id    uuid        not null,
    sha256         varchar(64) not null,
    parser_version integer     not null,
    user_id        uuid        not null,
    parsed         text        not null,
    created_at     timestamptz not null default now(),
    primary key (document_id, sha256, parser_version)
);

create index analysis_parsed_resume_user on analysis_parsed_resume (user_id);
