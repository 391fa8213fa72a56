create table note (id uuid primary key, title text not null);
create table received_note (event_id uuid not null, title text not null, received_at timestamp with time zone not null default now());
