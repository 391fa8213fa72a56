-- Every upload (does the owner keep these bytes?), every delete (does another version still need this blob?) and
-- the orphan cleanup (one lookup per stored blob) ask by storage key; without an index each was a table scan.
create index document_version_storage_key on document_version (storage_key);
