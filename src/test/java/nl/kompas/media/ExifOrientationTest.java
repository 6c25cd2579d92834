package nl.kompas.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

    @Test
    void theOrientationTagIsRead() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            assertEquals(orientation, ExifOrientation.of(TestImages.jpegWithOrientation(40, 20, orientation)));
        }
    }

    @Test
    void aJpegWithoutExifOrWithBrokenExifIsShownAsStored() {
        assertEquals(1, ExifOrientation.of(TestImages.jpeg(40, 20)));
        byte[] broken = TestImages.jpegWithOrientation(40, 20, 6);
        broken[12] = 'X'; // the TIFF byte order mark
        assertEquals(1, ExifOrientation.of(broken));
        assertEquals(1, ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F}));
    }

    @Test
    void quarterTurnsSwapTheSides() {
        assertFalse(ExifOrientation.swapsSides(3));
        assertTrue(ExifOrientation.swapsSides(6));
        assertTrue(ExifOrientation.swapsSides(8));
    }

    @Test
    void orientationSixTurnsTheImageAQuarterClockwise() {
        BufferedImage stored = TestImages.picture(40, 20); // red block at the top left
        BufferedImage shown = ExifOrientation.apply(stored, 6);
        assertEquals(20, shown.getWidth());
        assertEquals(40, shown.getHeight());
        assertTrue(isRed(shown.getRGB(19, 0)), "the stored top left is now the top right");
        assertFalse(isRed(shown.getRGB(0, 0)));
    }

    @Test
    void orientationEightTurnsItAQuarterAnticlockwise() {
        BufferedImage shown = ExifOrientation.apply(TestImages.picture(40, 20), 8);
        assertTrue(isRed(shown.getRGB(0, 39)), "the stored top left is now the bottom left");
    }

    private static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 60;
    }
}
