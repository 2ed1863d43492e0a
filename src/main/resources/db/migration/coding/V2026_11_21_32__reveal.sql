-- Blind coding: coders of a document see each other's codings only once a supervisor has revealed them, which is
-- possible after every assigned coder has submitted.
alter table assignment add column revealed_at timestamp with time zone;
alter table assignment add column revealed_by varchar(255);
alter table assignment_aud add column revealed_at timestamp with time zone;
alter table assignment_aud add column revealed_by varchar(255);
