-- PostgreSQL only: an inverted index over each passage's analysed terms, so that a search reads the passages that
-- have its words instead of matching every passage's terms with LIKE. The terms are stored space-separated; the
-- array of them holds each term as one element, so containment (@>) is a whole-word match, exactly what LIKE
-- '% term %' matches. The search asks with the same expression (SearchIndexRepository).

create index ix_search_passage_terms on search_passage using gin (string_to_array(terms, ' '));
