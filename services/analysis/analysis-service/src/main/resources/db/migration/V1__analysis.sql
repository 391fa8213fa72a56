-- The analysis service's schema starts empty; each feature adds its tables in a migration of its own
-- (match: V2-V9, jobs: V10-V19, parsed resumes: V20-V29).
select 1;
