package nl.kompas.theme;

/** A file of a theme's assets folder, held in memory with its content type and hash. */
public record ThemeAsset(String name, byte[] bytes, String contentType, String hash) {}
