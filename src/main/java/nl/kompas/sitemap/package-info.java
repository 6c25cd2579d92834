/**
 * What search engines read first: /robots.txt, and /sitemap.xml with every published page and
 * when it last changed, so they find new and changed pages without crawling the whole site.
 */
package nl.kompas.sitemap;
