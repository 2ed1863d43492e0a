-- A document's two texts (as extracted, and cleaned) in a table of their own. Listing documents, checking that one
-- exists or reading its metadata then reads short rows: the embedded database decodes a whole row whatever the
-- query selects, and these texts are hundreds of kilobytes each.
create table document_text (
    document_id   bigint primary key references document (id),
    original_text text not null,
    text          text not null
);

insert into document_text (document_id, original_text, text)
select id, original_text, text from document;

alter table document drop column original_text;
alter table document drop column text;
