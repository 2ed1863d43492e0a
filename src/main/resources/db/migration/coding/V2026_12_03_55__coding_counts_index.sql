-- The Analyse page and the codebook count a project's codings by claim type (and document), and retrieval lists
-- a claim type's codings: an index holding all three columns answers the counts without reading the codings'
-- rows, which carry attribute values and memos.
create index ix_coding_project_type on coding (tenant_id, project_id, claim_type_id, document_id);
