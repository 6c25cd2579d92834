package nl.kompas.sitemap;

import java.time.Instant;
import java.util.Map;

/**
 * One page in the sitemap: its absolute address, when what it shows last changed, and its
 * language versions by hreflang ("nl", "en", "x-default"), empty when it has no counterpart.
 */
public record SitemapUrl(String location, Instant lastModified, Map<String, String> alternates) {}
