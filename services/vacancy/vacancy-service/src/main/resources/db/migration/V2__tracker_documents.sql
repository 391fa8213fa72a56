-- Issue 18: an application in the tracker shows the resume and the cover letter sent for it (document ids of the
-- document service; reading them stays that service's ownership check).
alter table tracker_entry add column resume_document_id uuid;
alter table tracker_entry add column letter_document_id uuid;
