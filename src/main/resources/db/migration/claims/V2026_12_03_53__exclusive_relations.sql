-- Whether a relation has one subject at a time (chose, appointed, nominated): sources naming different subjects for
-- it conflict. Relations recorded before are taken as compatible with several subjects, as they were compared.
alter table relation add column exclusive_relation boolean default false not null;
alter table relation_aud add column exclusive_relation boolean;
