ALTER TABLE authors RENAME COLUMN born TO born_on;
