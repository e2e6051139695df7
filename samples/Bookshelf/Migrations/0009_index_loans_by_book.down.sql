DROP INDEX ix_loans_book;
