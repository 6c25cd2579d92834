package nl.kompas.article;

/** A year of the article archive and how many articles were published in it. */
public record ArchiveYear(int year, long articles) {}
