-- Wrong passwords are counted per share link, so that guessing one link's password is slow however many addresses
-- the guesses come from: failed_attempts counts the attempts since the last right password, and from the fifth on
-- (qh.document.shares.*) the link refuses every password until locked_until. The lock is read before any hash is
-- computed, so a locked link costs no CPU.
alter table document_share add column failed_attempts integer not null default 0;
alter table document_share add column locked_until timestamptz;
