/**
 * Feeds of the newest articles, in RSS 2.0 and Atom 1.0, for feed readers and the sites that
 * follow ours: whole articles with absolute links, because they are read away from the site.
 */
package nl.kompas.feed;
