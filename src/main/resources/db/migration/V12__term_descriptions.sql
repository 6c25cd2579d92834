-- A category or tag page can carry its own introduction, written by an editor: the page's lead
-- and its meta description. Empty means the page uses the general sentence of the bundle.
ALTER TABLE category ADD COLUMN description VARCHAR(1000);
ALTER TABLE tag ADD COLUMN description VARCHAR(1000);
