package nl.kompas.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageScalerTest {

    @Test
    void copiesAreMadeOnlyBelowTheImagesOwnWidth() {
        assertEquals(List.of(240, 480, 960, 1600), ScaledWidths.below(4000));
        assertEquals(List.of(240, 480), ScaledWidths.below(960));
        assertEquals(List.of(), ScaledWidths.below(240));
        assertEquals(533, ScaledWidths.heightAt(800, 1200, 800));
        assertEquals(1, ScaledWidths.heightAt(240, 4000, 10));
    }

    @Test
    void aScaledCopyHasTheSizeAskedForAndKeepsThePicture() throws IOException {
        BufferedImage scaled = ImageScaler.scale(TestImages.picture(2000, 1000), 480, 240);
        byte[] jpeg = ImageScaler.encode(scaled, ImageType.JPEG);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(480, read.getWidth());
        assertEquals(240, read.getHeight());
        int topLeft = read.getRGB(10, 10);
        assertTrue(((topLeft >> 16) & 0xFF) > 200, "the red corner is still red");
    }

    @Test
    void webPCopiesAreJpegOrPngWhenTransparent() {
        BufferedImage opaque = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        BufferedImage transparent = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        assertEquals(ImageType.JPEG, ImageScaler.copyType(ImageType.WEBP, opaque));
        assertEquals(ImageType.PNG, ImageScaler.copyType(ImageType.WEBP, transparent));
        assertEquals(ImageType.PNG, ImageScaler.copyType(ImageType.PNG, opaque));
        assertEquals(ImageType.JPEG, ImageScaler.copyType(ImageType.JPEG, opaque));
    }
}
