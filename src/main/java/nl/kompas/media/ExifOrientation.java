package nl.kompas.media;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

/**
 * The EXIF orientation of a JPEG, and turning pixels the way it says. Phones store a portrait
 * photo sideways with a tag that says how to turn it; browsers honour the tag, but ImageIO reads
 * the pixels as stored, so scaled copies (which keep no EXIF) must be turned first.
 */
final class ExifOrientation {

    static final int NORMAL = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private ExifOrientation() {}

    /** The orientation (1 to 8) a JPEG's EXIF gives, or 1 when it gives none or cannot be read. */
    static int of(byte[] jpeg) {
        int position = 2; // after the start-of-image marker
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
            int marker = jpeg[position + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                position++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) { // image data or end: no EXIF comes after these
                return NORMAL;
            }
            int length = u16(jpeg, position + 2, false);
            int data = position + 4;
            if (length < 2 || data + length - 2 > jpeg.length) {
                return NORMAL;
            }
            if (marker == 0xE1 && startsWith(jpeg, data, EXIF_HEADER)) {
                return fromTiff(jpeg, data + EXIF_HEADER.length, data + length - 2);
            }
            position = data + length - 2;
        }
        return NORMAL;
    }

    /** Orientations 5 to 8 turn the image a quarter: the stored width is the shown height. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The image as it is meant to be seen. */
    static BufferedImage apply(BufferedImage stored, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean swap = swapsSides(orientation);
        int shownWidth = swap ? h : w;
        int shownHeight = swap ? w : h;
        int[] source = stored.getRGB(0, 0, w, h, null, 0, w);
        int[] shown = new int[source.length];
        for (int y = 0; y < shownHeight; y++) {
            for (int x = 0; x < shownWidth; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> {
                        sx = w - 1 - x;
                        sy = y;
                    }
                    case 3 -> {
                        sx = w - 1 - x;
                        sy = h - 1 - y;
                    }
                    case 4 -> {
                        sx = x;
                        sy = h - 1 - y;
                    }
                    case 5 -> {
                        sx = y;
                        sy = x;
                    }
                    case 6 -> {
                        sx = y;
                        sy = h - 1 - x;
                    }
                    case 7 -> {
                        sx = w - 1 - y;
                        sy = h - 1 - x;
                    }
                    default -> {
                        sx = w - 1 - y;
                        sy = x;
                    } // 8
                }
                shown[y * shownWidth + x] = source[sy * w + sx];
            }
        }
        int type = stored.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage result = new BufferedImage(shownWidth, shownHeight, type);
        result.setRGB(0, 0, shownWidth, shownHeight, shown, 0, shownWidth);
        return result;
    }

    /** Reads tag 0x0112 of the first image directory of the TIFF structure at [start, end). */
    private static int fromTiff(byte[] bytes, int start, int end) {
        if (start + 8 > end) {
            return NORMAL;
        }
        boolean littleEndian = bytes[start] == 'I' && bytes[start + 1] == 'I';
        if (!littleEndian && !(bytes[start] == 'M' && bytes[start + 1] == 'M')) {
            return NORMAL;
        }
        if (u16(bytes, start + 2, littleEndian) != 42) {
            return NORMAL;
        }
        long directory = start + u32(bytes, start + 4, littleEndian);
        if (directory + 2 > end) {
            return NORMAL;
        }
        int entries = u16(bytes, (int) directory, littleEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (u16(bytes, entry, littleEndian) == ORIENTATION_TAG) {
                int value = u16(bytes, entry + 8, littleEndian);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (offset + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] bytes, int offset, boolean littleEndian) {
        int a = bytes[offset] & 0xFF;
        int b = bytes[offset + 1] & 0xFF;
        return littleEndian ? (b << 8) | a : (a << 8) | b;
    }

    private static long u32(byte[] bytes, int offset, boolean littleEndian) {
        long high = u16(bytes, offset + (littleEndian ? 2 : 0), littleEndian);
        long low = u16(bytes, offset + (littleEndian ? 0 : 2), littleEndian);
        return (high << 16) | low;
    }
}
