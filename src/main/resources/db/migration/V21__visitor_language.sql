-- Two languages (issue 5): the mails a visitor gets (the contact form's confirmation, the
-- newsletter's opt-in and its links) are in the language of the page they used. Mails to
-- consultants and editors stay Dutch.
ALTER TABLE contact_request ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'nl';
ALTER TABLE newsletter_subscriber ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'nl';
