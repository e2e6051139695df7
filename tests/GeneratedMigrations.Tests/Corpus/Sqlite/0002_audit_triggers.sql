CREATE TABLE audit (id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL, note TEXT NOT NULL);

-- Every rename is recorded; the trigger body holds statements, CASE … END and semicolons in strings.
CREATE TRIGGER books_renamed AFTER UPDATE OF title ON books
WHEN new.title <> old.title
BEGIN
    INSERT INTO audit (book_id, note)
    VALUES (new.id, CASE WHEN new.title = '' THEN 'cleared; was ' || old.title ELSE 'renamed; was ' || old.title END);
    UPDATE books SET note = coalesce(note, '') || ' (renamed)' WHERE id = new.id;
END;

create temp trigger if not exists scratch after insert on audit begin select 1; end;
DROP TRIGGER temp.scratch;

CREATE TRIGGER books_removed BEFORE DELETE ON books BEGIN
    INSERT INTO audit (book_id, note) VALUES (old.id, 'removed; "' || old.title || '"');
END -- the last trigger
;
UPDATE books SET title = 'Frankenstein; or, The Modern Prometheus' WHERE id = 2;
