-- Editors choose which cases the home page shows first ("featured: true" in a case file).

ALTER TABLE case_study ADD COLUMN featured BOOLEAN NOT NULL DEFAULT FALSE;
