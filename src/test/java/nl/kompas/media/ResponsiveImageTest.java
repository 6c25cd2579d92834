package nl.kompas.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsiveImageTest {

    private static final String SHA = "0123456789abcdef" + "0".repeat(48);

    private static MediaItem item(int width, int height, ImageType type, ImageType copies) {
        MediaName name = MediaName.original("foto", SHA, type);
        return new MediaItem(name, SHA, width, height, 1000, ScaledWidths.below(width), copies, "Een foto", 1, "Anne");
    }

    @Test
    void aLargePhotoOffersItsCopiesButNotItself() {
        ResponsiveImage image = ResponsiveImage.of(item(4000, 3000, ImageType.JPEG, ImageType.JPEG));
        assertEquals(
                "/media/foto-0123456789abcdef-240w.jpg 240w, /media/foto-0123456789abcdef-480w.jpg 480w,"
                        + " /media/foto-0123456789abcdef-960w.jpg 960w, /media/foto-0123456789abcdef-1600w.jpg 1600w",
                image.srcset());
        assertEquals("/media/foto-0123456789abcdef-960w.jpg", image.src());
        assertEquals(960, image.width());
        assertEquals(720, image.height());
    }

    @Test
    void anImageNoWiderThanTheLargestCopyIsItsOwnLargestCandidate() {
        ResponsiveImage image = ResponsiveImage.of(item(1200, 800, ImageType.WEBP, ImageType.JPEG));
        assertEquals(
                List.of(
                        "/media/foto-0123456789abcdef-240w.jpg 240w",
                        "/media/foto-0123456789abcdef-480w.jpg 480w",
                        "/media/foto-0123456789abcdef-960w.jpg 960w",
                        "/media/foto-0123456789abcdef.webp 1200w"),
                List.of(image.srcset().split(", ")));
    }

    @Test
    void aSmallImageIsOnlyItself() {
        ResponsiveImage image = ResponsiveImage.of(item(200, 100, ImageType.PNG, ImageType.PNG));
        assertEquals("/media/foto-0123456789abcdef.png 200w", image.srcset());
        assertEquals("/media/foto-0123456789abcdef.png", image.src());
        assertEquals(200, image.width());
        assertEquals(100, image.height());
    }
}
