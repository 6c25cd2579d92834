/**
 * The media library: images uploaded once (by their bytes' SHA-256), checked by content, scaled to
 * a few widths at upload and served under content-hashed URLs that browsers may keep for a year.
 * Public pages show library images with srcset; an image that content uses cannot be deleted.
 */
package nl.kompas.media;
