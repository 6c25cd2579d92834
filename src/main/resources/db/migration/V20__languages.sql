-- Two languages (issue 5): every article, case and service page is Dutch ('nl', the default, at the
-- root of the site) or English ('en', under /en), and may name its translation: the item of the
-- same type in the other language. The link is stored on both sides, so each page finds the other
-- with one look-up by primary key.
ALTER TABLE article ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'nl';
ALTER TABLE article ADD COLUMN translation_id BIGINT;
ALTER TABLE article ADD CONSTRAINT article_language CHECK (language IN ('nl', 'en'));
CREATE INDEX article_language_newest ON article (language, status, published_on DESC, id DESC);

ALTER TABLE case_study ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'nl';
ALTER TABLE case_study ADD COLUMN translation_id BIGINT;
ALTER TABLE case_study ADD CONSTRAINT case_study_language CHECK (language IN ('nl', 'en'));

ALTER TABLE offering ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'nl';
ALTER TABLE offering ADD COLUMN translation_id BIGINT;
ALTER TABLE offering ADD CONSTRAINT offering_language CHECK (language IN ('nl', 'en'));


-- Categories are shared by both languages; English pages show these when they are set, and the
-- Dutch name and introduction when they are not. Tags keep one name.
ALTER TABLE category ADD COLUMN name_en VARCHAR(120);
ALTER TABLE category ADD COLUMN description_en VARCHAR(1000);
