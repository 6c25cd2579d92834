package nl.kompas.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Scales decoded images down and encodes the copies. Only the JDK's own writers: JPEG and PNG. */
final class ImageScaler {

    /** A photo at this quality is hard to tell from the original at a fraction of the bytes. */
    private static final float JPEG_QUALITY = 0.82f;

    private ImageScaler() {}

    /**
     * The type a scaled copy is written as: the original's, except WebP (which the JDK cannot
     * write): JPEG, or PNG when it has transparency that JPEG would lose.
     */
    static ImageType copyType(ImageType original, BufferedImage pixels) {
        if (original != ImageType.WEBP) {
            return original;
        }
        return pixels.getColorModel().hasAlpha() ? ImageType.PNG : ImageType.JPEG;
    }

    /** The scaled copies of a decoded image at the given widths, with their public names. */
    static List<StoredCopy> copies(ImageDecoder.Decoded decoded, MediaName name, ImageType type, List<Integer> widths) {
        List<StoredCopy> copies = new ArrayList<>();
        for (int width : widths) {
            int height = ScaledWidths.heightAt(width, decoded.width(), decoded.height());
            byte[] bytes = encode(scale(decoded.pixels(), width, height), type);
            copies.add(new StoredCopy(name.scaled(width, type), width, height, bytes));
        }
        return copies;
    }

    /**
     * The image at the given size. Halving repeatedly before the last step keeps the detail a
     * single bilinear step from a much larger image would skip over (and alias).
     */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, alpha);
        }
        return current.getWidth() == width && current.getHeight() == height
                ? current
                : draw(current, width, height, alpha);
    }

    static byte[] encode(BufferedImage image, ImageType type) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (type == ImageType.PNG) {
                ImageIO.write(image, "png", bytes);
                return bytes.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(output);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                // Progressive JPEGs are smaller for photos and show early on a slow line.
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                writer.write(null, new IIOImage(opaque(image), null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** JPEG has no transparency: what is see-through becomes white, as on the page. */
    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() && image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
