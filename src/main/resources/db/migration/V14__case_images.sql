-- A case study gets an image, as an article has (V1): a site path, and the alt text it needs.
ALTER TABLE case_study ADD COLUMN image VARCHAR(500);
ALTER TABLE case_study ADD COLUMN image_alt VARCHAR(500);
