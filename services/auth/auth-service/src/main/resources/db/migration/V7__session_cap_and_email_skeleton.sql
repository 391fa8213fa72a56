-- Sessions end after qh.auth.tokens.session-max-age however often they are refreshed: every token of a family
-- carries the instant its sign-in happened. Families already open count from their oldest token still stored.
alter table refresh_token add column session_started_at timestamp with time zone;
update refresh_token t
   set session_started_at = (select min(f.issued_at) from refresh_token f where f.family_id = t.family_id);
alter table refresh_token alter column session_started_at set not null;

-- The UTS #39 confusable skeleton of the e-mail address ("аdmin" with a Cyrillic a and "admin" share one), so
-- sign-up can refuse an address that looks like an existing one. ICU computes it: rows written before this
-- migration get theirs when the service starts (EmailSkeletonBackfill). Not unique: old look-alike pairs may
-- exist, and sign-up serialises the check per skeleton with an advisory lock instead.
alter table user_account add column email_skeleton text;
create index user_account_email_skeleton_idx on user_account (email_skeleton);
