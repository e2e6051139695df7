-- The library's tables. Comments full of ; and 'quotes' must not split anything; nor may "quoted;identifiers".
CREATE TABLE authors (
    id bigint PRIMARY KEY,
    name text NOT NULL, -- "Austen; Jane" style names are fine
    born date
) -- a trailing comment before the terminator
;
CREATE TABLE books (
    id bigint PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES authors (id),
    title text NOT NULL DEFAULT 'untitled; for now',
    "shelf;code" text /* a block comment; with /* a nested one; */ still inside */
);
COMMENT ON TABLE books IS 'Every book; even the ones nobody reads -- really';
CREATE INDEX ix_books_title ON books (lower(title)) ; -- the terminator, then a comment
CREATE TABLE audit (id bigserial PRIMARY KEY, what text NOT NULL, at timestamptz NOT NULL DEFAULT now());
