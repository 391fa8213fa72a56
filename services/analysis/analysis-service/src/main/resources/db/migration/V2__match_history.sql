-- Each match the API answered, so that a user sees how the score for a vacancy moved as the profile changed.
-- The whole answer is kept as the matcher gave it (jsonb); score and ids are columns for the history list.
-- At most 50 per user and vacancy are kept (the oldest go first); a deleted user's rows go on user.deleted.v1.
create table match_result (
    id            uuid        primary key,
    user_id       uuid        not null,
    vacancy_id    uuid        not null,
    document_id   uuid,
    vacancy_title text,
    score         smallint    not null check (score between 0 and 100),
    result        jsonb       not null,
    created_at    timestamptz not null
);

create index match_result_by_user_vacancy on match_result (user_id, vacancy_id, created_at desc);
