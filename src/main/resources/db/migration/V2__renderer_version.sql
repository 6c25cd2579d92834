-- Which version of the Markdown renderer made each stored body's HTML. At start-up the site
-- renders every body of another version again, so a change to rendering or to the sanitizer
-- policy reaches content that is already stored. Rows from before this column get 0: older
-- than any renderer version, so they are rendered again at the next start.

ALTER TABLE offering   ADD COLUMN body_renderer_version INT NOT NULL DEFAULT 0;
ALTER TABLE consultant ADD COLUMN body_renderer_version INT NOT NULL DEFAULT 0;
ALTER TABLE case_study ADD COLUMN body_renderer_version INT NOT NULL DEFAULT 0;
ALTER TABLE article    ADD COLUMN body_renderer_version INT NOT NULL DEFAULT 0;
