package nl.kompas.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Images for the tests, made on the spot with ImageIO (JPEG, PNG) or read from
 * src/test/resources (WebP, which ImageIO cannot write), and broken ones made from them.
 */
public final class TestImages {

    private TestImages() {}

    /** A picture of the given size: a gradient with a red block in its top-left corner. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int x = 0; x < width; x += 4) {
            g.setColor(new Color(40, 80 + (x * 120 / width), 160));
            g.fillRect(x, 0, 4, height);
        }
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height), "png");
    }

    /** A 1200 x 800 lossy WebP made with cwebp. */
    public static byte[] webp() {
        return resource("landschap.webp");
    }

    /** A 64 x 48 lossless WebP with transparency. */
    public static byte[] transparentWebp() {
        return resource("transparant.webp");
    }

    /** The first part of an image, as an interrupted upload leaves it. */
    public static byte[] truncated(byte[] image) {
        return Arrays.copyOf(image, image.length * 6 / 10);
    }

    /**
     * A JPEG stored landscape with an EXIF orientation: 6 means "turn a quarter clockwise to
     * show", as a phone held upright writes it.
     */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4);
        tiff.put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8); // big-endian TIFF, first directory at 8
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0); // no next directory
        byte[] app1Data = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // start of image
        out.write(0xFF);
        out.write(0xE1);
        int length = app1Data.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(app1Data, 0, app1Data.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * A PNG of a few dozen bytes that claims to be 100,000 pixels square: decoding it would need
     * 40 GB of memory.
     */
    public static byte[] decompressionBomb() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000);
        header.put(new byte[] {8, 2, 0, 0, 0});
        chunk(png, "IHDR", header.array());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[64 * 1024]);
        deflater.finish();
        byte[] compressed = new byte[1024];
        int size = deflater.deflate(compressed);
        chunk(png, "IDAT", Arrays.copyOf(compressed, size));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, format, bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
