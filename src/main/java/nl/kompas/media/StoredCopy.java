package nl.kompas.media;

/** A file to store for an image: the upload itself or a scaled copy, with its public name. */
public record StoredCopy(MediaName name, int width, int height, byte[] bytes) {}
