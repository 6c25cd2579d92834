package nl.kompas.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Library images for public pages: {@code #{pageImages.of(article.image)}} gives the srcset, src,
 * width and height of a library image, or null for any other URL (a file of the content folder's
 * media/), which pages then show as a plain image.
 */
@Named
@ApplicationScoped
public class PageImages {

    @Inject
    MediaLibrary library;

    public ResponsiveImage of(String url) {
        return library.responsive(url).orElse(null);
    }
}
