/**
 * Articles: blogs, opinions and other long reads by one or more consultants, with categories,
 * tags and an optional place in a series.
 */
package nl.kompas.article;
