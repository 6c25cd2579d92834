package nl.kompas.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void theFirstBytesSayWhatAnImageIs() {
        assertEquals(Optional.of(ImageType.JPEG), ImageType.detect(TestImages.jpeg(8, 8)));
        assertEquals(Optional.of(ImageType.PNG), ImageType.detect(TestImages.png(8, 8)));
        assertEquals(Optional.of(ImageType.WEBP), ImageType.detect(TestImages.webp()));
    }

    @Test
    void textAndOtherFormatsAreNoImageOfOurs() {
        assertEquals(Optional.empty(), ImageType.detect("Dit is geen afbeelding".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ImageType.detect("GIF89a......".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), ImageType.detect("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), ImageType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertEquals(Optional.empty(), ImageType.detect(new byte[0]));
    }

    @Test
    void eachTypeHasOneExtension() {
        assertEquals("jpg", ImageType.JPEG.extension());
        assertEquals(Optional.of(ImageType.WEBP), ImageType.fromExtension("webp"));
        assertEquals(Optional.empty(), ImageType.fromExtension("jpeg"));
    }
}
