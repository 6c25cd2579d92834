package nl.kompas.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import nl.kompas.content.SitePath;
import nl.kompas.media.MediaLibrary;
import nl.kompas.platform.SiteConfig;

/**
 * Decides whether an item's own picture (an article's image, a consultant's photo) can be its
 * share preview, and how large it is. Link previews need a JPEG, PNG or GIF (no network shows an
 * SVG) of at least 200×200 pixels (Facebook's minimum), and og:image:width and height must be
 * true; so only a file under /media/ whose size its header tells qualifies, or a library image,
 * whose size the library knows (by the JPEG or PNG copy that pages show, as a WebP original is no
 * preview). Anything else gets a generated image instead.
 */
@ApplicationScoped
public class OwnImages {

    static final int MINIMUM_SIDE = 200;

    private static final String MEDIA = "/media/";
    private static final Map<String, String> TYPES =
            Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif");

    @Inject
    SiteConfig site;

    @Inject
    MediaLibrary library;

    /** The preview for this site path, or empty when it cannot be one. */
    Optional<PreviewImage> preview(String sitePath, String alt) {
        if (sitePath == null || !SitePath.isValid(sitePath) || !sitePath.startsWith(MEDIA)) {
            return Optional.empty();
        }
        var libraryImage = library.responsive(sitePath);
        if (libraryImage.isPresent()) {
            String src = libraryImage.get().src();
            String type = TYPES.get(src.substring(src.lastIndexOf('.') + 1));
            return Optional.of(libraryImage.get())
                    .filter(image -> type != null && image.width() >= MINIMUM_SIDE && image.height() >= MINIMUM_SIDE)
                    .map(image -> new PreviewImage(site.absolute(src), image.width(), image.height(), type, alt));
        }
        String name = sitePath.substring(MEDIA.length());
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        Path folder = site.getContentDir().resolve("media");
        Path file = folder.resolve(name).normalize();
        if (type == null
                || !name.matches("[A-Za-z0-9._-]+")
                || !file.startsWith(folder)
                || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return size(file)
                .filter(size -> size[0] >= MINIMUM_SIDE && size[1] >= MINIMUM_SIDE)
                .map(size -> new PreviewImage(site.absolute(sitePath), size[0], size[1], type, alt));
    }

    /** Width and height from the file's header, without decoding the picture. */
    private static Optional<int[]> size(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
