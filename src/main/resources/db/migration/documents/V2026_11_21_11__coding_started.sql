-- When the first coding of a document was made: from then on its text and passages are frozen (codings point
-- into them by offsets), so merging, splitting and excluding passages stop.
alter table document add column coding_started_at timestamp with time zone;
alter table document_aud add column coding_started_at timestamp with time zone;
