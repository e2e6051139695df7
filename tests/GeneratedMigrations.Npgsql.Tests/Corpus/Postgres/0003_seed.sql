INSERT INTO authors (id, name, born) VALUES
    (1, 'Jane Austen', '1775-12-16'),
    (2, 'Mary Shelley; née Godwin', '1797-08-30'), -- a ; inside a string
    (3, E'O\'Brien -- the \\ one', NULL)              -- an escape string with \' and \\
;
INSERT INTO books (id, author_id, title, "shelf;code") VALUES
    (1, 1, 'Emma', 'A;1'),
    (2, 2, 'Frankenstein /* not a comment */', 'B''2'),
    (3, 3, $t$It's a "title"; with $t$ || 'more', NULL);
UPDATE books SET title = title || ' (2nd ed.)' WHERE id = 1 /* trailing block comment */;
