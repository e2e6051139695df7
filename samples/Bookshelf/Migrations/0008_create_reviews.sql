-- Reader reviews: plain SQL that runs unchanged on SQLite and PostgreSQL.
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES books (id),
    stars INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment TEXT
);

CREATE INDEX ix_reviews_book ON reviews (book_id);

INSERT INTO reviews (id, book_id, stars, comment) VALUES (1, 1, 5, 'It is a truth universally acknowledged; still a joy.');
