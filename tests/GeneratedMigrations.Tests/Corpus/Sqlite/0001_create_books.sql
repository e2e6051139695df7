-- Books and authors; this comment has a ; and a quote ' that must not split or open anything.
CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL -- the display name; "as printed"
)
;
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors (id),
    title TEXT NOT NULL,
    note TEXT /* free text; may hold 'quotes' */
);
/* A block comment; with "quotes" and -- dashes */
INSERT INTO authors (id, name) VALUES (1, 'O''Brien; Flann'), (2, 'Mary "M." Shelley');
INSERT INTO books (id, author_id, title, note) VALUES
    (1, 1, 'At Swim-Two-Birds', 'a novel; in three openings -- not a comment'),
    (2, 2, 'Frankenstein', 'it''s "modern" Prometheus; 1818') -- a classic
;
CREATE INDEX ix_books_title ON books (title); -- searched by title
