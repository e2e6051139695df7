-- The 12-step table rebuild (https://sqlite.org/lang_altertable.html#otheralter): make note NOT NULL.
CREATE TABLE new_books (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors (id),
    title TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO new_books (id, author_id, title, note) SELECT id, author_id, title, coalesce(note, '') FROM books;
DROP TABLE books;
ALTER TABLE new_books RENAME TO books;
CREATE INDEX ix_books_title ON books (title);
CREATE TRIGGER books_renamed AFTER UPDATE OF title ON books
WHEN new.title <> old.title
BEGIN
    INSERT INTO audit (book_id, note) VALUES (new.id, 'renamed; was ' || old.title);
END;
CREATE TRIGGER books_removed BEFORE DELETE ON books BEGIN
    INSERT INTO audit (book_id, note) VALUES (old.id, 'removed');
END;
PRAGMA foreign_key_check;
DELETE FROM books WHERE id = 1;
