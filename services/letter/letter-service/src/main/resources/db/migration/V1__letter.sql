-- Cover letters: one row per letter, its versions beside it. The sender is copied from the profile when the letter
-- is drafted (the letterhead it prints), so a later profile change does not rewrite letters already sent.
create table letter (
    id uuid primary key,
    user_id uuid not null,
    vacancy_id uuid not null,
    language varchar(2) not null,
    tone varchar(10) not null,
    length varchar(10) not null,
    company text,
    role text,
    recipient_person text,
    sender jsonb not null,
    current_version int not null,
    document_id uuid,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create index letter_by_user on letter (user_id, updated_at desc);

create table letter_version (
    letter_id uuid not null references letter (id) on delete cascade,
    version int not null,
    subject text,
    greeting text not null,
    paragraphs jsonb not null,
    closing text not null,
    signature text not null,
    -- OFFLINE or MODEL for a draft, EDIT for a saved change, RESTORE for a restored version
    origin varchar(10) not null,
    restored_from int,
    created_at timestamptz not null,
    primary key (letter_id, version)
);
