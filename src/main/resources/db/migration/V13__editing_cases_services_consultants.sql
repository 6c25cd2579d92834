-- Editing cases, service pages and consultants in the admin, as articles are (V7).

-- Their admin lists sort by title (name) or last change and page in the database: these let Derby
-- read a page of ids off an index instead of sorting every row. The *_scheduled indexes find what
-- the publication timer is due to publish.
CREATE INDEX case_study_editing_title ON case_study (title, id);
CREATE INDEX case_study_editing_updated ON case_study (updated_at, id);
CREATE INDEX case_study_editing_scheduled ON case_study (status, publish_at);
CREATE INDEX offering_editing_title ON offering (title, id);
CREATE INDEX offering_editing_updated ON offering (updated_at, id);
CREATE INDEX offering_editing_scheduled ON offering (status, publish_at);
CREATE INDEX consultant_editing_name ON consultant (name, id);
CREATE INDEX consultant_editing_updated ON consultant (updated_at, id);
