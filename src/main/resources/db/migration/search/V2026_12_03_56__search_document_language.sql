-- The language each indexed document's text was found to be in (ISO 639-1; null when it could not be told), for
-- the search's language filter. Every document is marked stale so that the next search finds the languages of
-- documents indexed before this (in the background when there are many).

alter table search_document add column language varchar(16);
update search_document set fingerprint = 'indexed before languages';
