-- Issue 23: the professions hh.ru files a market vacancy under (professional_roles), which skills mining counts
-- beside titles.
alter table market_vacancy add column professions text[] not null default '{}';
