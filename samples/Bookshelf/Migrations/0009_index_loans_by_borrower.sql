-- The shelf lists who has borrowed what: index the loans by borrower.
-- A plain CREATE INDEX on purpose: a bookshelf's loans table holds a few hundred rows, so its write lock lasts
-- milliseconds, while CONCURRENTLY would need a migration of its own outside a transaction.
CREATE INDEX ix_loans_borrower ON loans (borrower); -- gm: allow GM0202 (small table, see above)
