DROP INDEX ix_reviews_book;
DROP TABLE reviews;
