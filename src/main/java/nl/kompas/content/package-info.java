/**
 * The content core shared by every content type: Markdown rendering and sanitizing, slugs,
 * publication state, readable dates and reading time, and the loader that reads the Markdown
 * files of the content folder into the database at start-up. For editing (see the package
 * {@code editing}): revisions with their line diff, old slugs that redirect, and the refusals an
 * edit can meet.
 */
package nl.kompas.content;
