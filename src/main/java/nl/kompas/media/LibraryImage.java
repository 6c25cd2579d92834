package nl.kompas.media;

import java.io.Serializable;
import java.time.Instant;

/**
 * An image of the library as the admin and the image picker show it. A record: Facelets call its
 * accessors, {@code #{image.url()}}, as Jakarta EE 10's EL has no record properties.
 *
 * @param id the item's id, for changing its alt text or deleting it
 * @param url the site path of the image as uploaded, "/media/{name}-{hash}.{ext}": what content
 *     refers to (an article's image, a consultant's photo, Markdown)
 * @param fileName the last part of the URL, which is also its file name in a content folder's
 *     media/ directory
 * @param alt the alt text given at upload: a default for content that uses the image
 * @param contentType image/jpeg, image/png or image/webp
 * @param width as shown
 * @param height as shown
 * @param byteSize of the upload
 * @param thumbnailUrl the smallest copy, for lists and pickers
 * @param uploadedByName who uploaded it
 * @param uploadedByAccount their account id
 * @param uploadedAt when
 */
public record LibraryImage(
        long id,
        String url,
        String fileName,
        String alt,
        String contentType,
        int width,
        int height,
        long byteSize,
        String thumbnailUrl,
        String uploadedByName,
        long uploadedByAccount,
        Instant uploadedAt)
        implements Serializable {

    static LibraryImage of(MediaItem item) {
        MediaName name = item.getName();
        String thumbnail = item.getScaledWidths().isEmpty()
                ? name.url()
                : name.scaled(item.getScaledWidths().get(0), item.getScaledType())
                        .url();
        return new LibraryImage(
                item.getId(),
                name.url(),
                name.fileName(),
                item.getAlt(),
                item.getType().contentType(),
                item.getWidth(),
                item.getHeight(),
                item.getByteSize(),
                thumbnail,
                item.getUploadedByName(),
                item.getUploadedByAccount(),
                item.getUploadedAt());
    }
}
