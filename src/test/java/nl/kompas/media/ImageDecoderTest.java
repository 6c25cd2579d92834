package nl.kompas.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageDecoderTest {

    @Test
    void jpegPngAndWebPAreDecodedWithTheirSize() {
        ImageDecoder.Decoded jpeg = ImageDecoder.decode(TestImages.jpeg(300, 200), ImageType.JPEG);
        assertEquals(300, jpeg.width());
        assertEquals(200, jpeg.height());
        ImageDecoder.Decoded png = ImageDecoder.decode(TestImages.png(30, 20), ImageType.PNG);
        assertEquals(30, png.pixels().getWidth());
        ImageDecoder.Decoded webp = ImageDecoder.decode(TestImages.webp(), ImageType.WEBP);
        assertEquals(1200, webp.width());
        assertEquals(800, webp.height());
        assertTrue(ImageDecoder.decode(TestImages.transparentWebp(), ImageType.WEBP)
                .pixels()
                .getColorModel()
                .hasAlpha());
    }

    @Test
    void aPhotoTakenUprightIsAsTallAsItIsShown() {
        ImageDecoder.Decoded decoded = ImageDecoder.decode(TestImages.jpegWithOrientation(300, 200, 6), ImageType.JPEG);
        assertEquals(200, decoded.width());
        assertEquals(300, decoded.height());
        assertEquals(200, decoded.pixels().getWidth());
    }

    @Test
    void truncatedImagesAreRefused() {
        for (ImageType type : ImageType.values()) {
            byte[] whole = switch (type) {
                case JPEG -> TestImages.jpeg(400, 300);
                case PNG -> TestImages.png(400, 300);
                case WEBP -> TestImages.webp();
            };
            MediaRefusal refusal =
                    assertThrows(MediaRefusal.class, () -> ImageDecoder.decode(TestImages.truncated(whole), type));
            assertEquals("media.file.unreadable", refusal.messageKey(), type.name());
            assertEquals(MediaRefusal.Field.FILE, refusal.field());
        }
    }

    @Test
    void absurdDimensionsAreRefusedBeforeAnyPixelIsDecoded() {
        byte[] bomb = TestImages.decompressionBomb();
        assertTrue(bomb.length < 1000, "a small file: " + bomb.length);
        MediaRefusal refusal = assertThrows(MediaRefusal.class, () -> ImageDecoder.decode(bomb, ImageType.PNG));
        assertEquals("media.file.too-many-pixels", refusal.messageKey());
        assertEquals(100_000, refusal.arguments()[0]);
    }

    @Test
    void largeImagesAreDecodedAtAFractionEnoughForTheLargestCopy() {
        ImageDecoder.Decoded decoded = ImageDecoder.decode(TestImages.jpeg(6600, 400), ImageType.JPEG);
        assertEquals(6600, decoded.width());
        assertTrue(decoded.pixels().getWidth() >= 2 * ScaledWidths.LARGEST, "wide enough for 1600");
        assertTrue(decoded.pixels().getWidth() < 6600, "but not all of it");
    }
}
