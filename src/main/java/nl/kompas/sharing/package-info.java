/**
 * What a page looks like when it is shared: OpenGraph and X card tags, schema.org JSON-LD, and the
 * 1200×630 share images drawn in the active theme's colours for pages without a picture of their
 * own. Everything here is the same for every visitor, so pages stay in the page cache.
 */
package nl.kompas.sharing;
