/**
 * The content core shared by every content type: Markdown rendering and sanitizing, slugs,
 * publication state, readable dates and reading time, and the loader that reads the Markdown
 * files of the content folder into the database at start-up.
 */
package nl.kompas.content;
