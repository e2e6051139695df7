DROP INDEX ix_loans_borrower;
