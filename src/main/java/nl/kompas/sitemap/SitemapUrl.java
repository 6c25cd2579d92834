package nl.kompas.sitemap;

import java.time.Instant;

/** One page in the sitemap: its absolute address and when what it shows last changed. */
public record SitemapUrl(String location, Instant lastModified) {}
