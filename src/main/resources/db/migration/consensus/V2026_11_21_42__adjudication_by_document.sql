-- Exports compute consensus states document by document and ask which passages of a document were settled.
create index ix_adjudication_document on adjudication (tenant_id, document_id);
