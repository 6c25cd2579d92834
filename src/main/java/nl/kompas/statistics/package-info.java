/**
 * Visitor statistics without tracking: the server counts views of public pages per page and day,
 * and the other sites visitors came from, by domain. No cookie, no script, no address is kept;
 * known bots and the site's own editors are not counted. Counts gather in memory and are written
 * in batches, so counting costs a page next to nothing, also when it comes from the page cache.
 */
package nl.kompas.statistics;
