/**
 * The full-page cache: rendered public pages kept in memory, served with ETags and precompressed
 * encodings, and invalidated by exactly the content changes that affect them.
 */
package nl.kompas.platform.cache;
