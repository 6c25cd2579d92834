/**
 * Site search at /zoeken: a Lucene index of the published articles, cases, service pages and
 * consultants, kept on disk beside the database, analysed for Dutch, rebuilt at start when it is
 * missing and updated after every content change commits.
 */
package nl.kompas.search;
