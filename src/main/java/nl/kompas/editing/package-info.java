/**
 * What editing any kind of content in the admin has in common: the workflow steps, who may take
 * them, the checks of a save against the version it was loaded at, a revision and an audit entry
 * per save, old slugs that keep redirecting, the timer that publishes scheduled items, and the
 * editor pages' shared parts (Markdown preview, revisions, lists paged in the database). Each
 * content type brings its own fields and rules.
 */
package nl.kompas.editing;
