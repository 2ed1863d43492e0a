-- PostgreSQL only: the codings that have a memo, by project, for the memos a search lists beside the passages.
-- Without it every search read all of the project's codings (200,000 in 20 ms) to find the few with a memo.
-- A partial index, which H2 does not have; there the search reads the codings as before.

create index ix_coding_with_memo on coding (tenant_id, project_id) where memo is not null;
