package nl.kompas.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an uploaded image: its size first, from the header alone, so an image that claims absurd
 * dimensions (a decompression bomb: a small file that would fill the heap once decoded) is refused
 * before any pixel is decoded; then all of its data, so a truncated or corrupt file is refused too.
 * Large images are decoded at a fraction of their size, enough for the largest scaled copy.
 */
final class ImageDecoder {

    /** 40 megapixels: above any camera photo a website needs, below what the heap can hold. */
    static final long MAX_PIXELS = 40_000_000L;

    /** No side longer than this: a 1 x 40,000,000 strip is no photo either. */
    static final int MAX_SIDE = 20_000;

    /** The largest copy is at most this wide, and is scaled from at least twice as many pixels. */
    private static final int DECODE_TARGET = 2 * ScaledWidths.LARGEST;

    /** The picture as it is meant to be seen, its full size, and pixels enough for every scaled copy. */
    record Decoded(ImageType type, int width, int height, BufferedImage pixels) {}

    private ImageDecoder() {}

    static Decoded decode(byte[] bytes, ImageType type) {
        ImageReader reader = readerFor(type);
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int storedWidth = reader.getWidth(0);
            int storedHeight = reader.getHeight(0);
            if (storedWidth < 1 || storedHeight < 1) {
                throw unreadable();
            }
            if ((long) storedWidth * storedHeight > MAX_PIXELS || storedWidth > MAX_SIDE || storedHeight > MAX_SIDE) {
                throw new MediaRefusal(
                        MediaRefusal.Field.FILE,
                        "media.file.too-many-pixels",
                        storedWidth,
                        storedHeight,
                        MAX_PIXELS / 1_000_000);
            }
            int orientation = type == ImageType.JPEG ? ExifOrientation.of(bytes) : ExifOrientation.NORMAL;
            boolean swap = ExifOrientation.swapsSides(orientation);
            int width = swap ? storedHeight : storedWidth;
            int height = swap ? storedWidth : storedHeight;

            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, width / DECODE_TARGET);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            // A truncated JPEG decodes with a warning and grey rows; we want no such image.
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage pixels = reader.read(0, param);
            if (!warnings.isEmpty() || pixels == null) {
                throw unreadable();
            }
            return new Decoded(type, width, height, ExifOrientation.apply(pixels, orientation));
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRefusal refusal) {
                throw refusal;
            }
            // Decoders throw what they like at broken data (IIOException, EOFException,
            // IndexOutOfBounds…): all of it means the same to the person uploading.
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    private static MediaRefusal unreadable() {
        return new MediaRefusal(MediaRefusal.Field.FILE, "media.file.unreadable");
    }

    /**
     * The JDK's own readers for JPEG and PNG; TwelveMonkeys' for WebP, made directly rather than
     * registered with ImageIO, whose registry is shared by the whole JVM and would keep this
     * application's class loader after a redeploy.
     */
    private static ImageReader readerFor(ImageType type) {
        try {
            if (type == ImageType.WEBP) {
                return new WebPImageReaderSpi().createReaderInstance();
            }
            Iterator<ImageReader> readers =
                    ImageIO.getImageReadersByFormatName(type == ImageType.JPEG ? "jpeg" : "png");
            return readers.next();
        } catch (IOException e) {
            throw new IllegalStateException("No reader for " + type, e);
        }
    }
}
