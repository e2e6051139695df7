-- The shelf looks up a book's loans ("is it lent out?"): index them by book.
-- A plain CREATE INDEX on purpose: a bookshelf's loans table holds a few hundred rows, so its write lock lasts
-- milliseconds, while CONCURRENTLY would need a migration of its own outside a transaction.
CREATE INDEX ix_loans_book ON loans (book_id); -- gm: allow GM0202 (small table, see above)
