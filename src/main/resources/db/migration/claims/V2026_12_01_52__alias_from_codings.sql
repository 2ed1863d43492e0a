-- Whether a name was collected from codings (and so is shown to a coder only when it is in codings they may see:
-- their own, or those of documents revealed to them) or recorded by a supervisor. Names recorded before this column
-- existed are taken as collected, the safe reading for blind coding, unless declared as aliases.
alter table entity_alias add column from_codings boolean default false not null;
update entity_alias set from_codings = true where declared = false;
alter table entity_alias_aud add column from_codings boolean;
