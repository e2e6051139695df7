-- gm: no-transaction
-- CREATE INDEX CONCURRENTLY cannot run inside a transaction; each statement runs on its own.
CREATE INDEX CONCURRENTLY ix_books_author ON books (author_id);
CREATE INDEX CONCURRENTLY ix_audit_at ON audit (at) -- then a comment
;
