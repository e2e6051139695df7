-- A trigger function with a dollar-quoted body full of ; and quotes, and a DO block with a tagged body.
CREATE FUNCTION audit_books() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Inside the body: ; ' " -- and /* are all just text.
    INSERT INTO audit (what) VALUES (TG_OP || ' book ' || NEW.title || '; it''s logged');
    RETURN NEW;
END;
$$;
CREATE TRIGGER books_audit AFTER INSERT OR UPDATE ON books FOR EACH ROW EXECUTE FUNCTION audit_books();

CREATE FUNCTION shelf_label(code text) RETURNS text LANGUAGE sql IMMUTABLE AS $label$
    SELECT 'shelf ' || coalesce(code, '$$; none') -- a $$ inside a tagged body
$label$;

DO $do$
DECLARE
    n int;
BEGIN
    SELECT count(*) INTO n FROM books;
    IF n = 0 THEN
        RAISE NOTICE 'no books yet; fine';
    END IF;
    EXECUTE $sql$CREATE VIEW book_titles AS SELECT title, shelf_label("shelf;code") AS shelf FROM books$sql$;
END
$do$;
