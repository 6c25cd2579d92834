package nl.kompas.sharing;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a {@link ShareCard} as the 1200×630 PNG that LinkedIn, X, Facebook and WhatsApp show in a
 * link preview: an accent rule, the label, the title in up to four lines and the footer, on the
 * theme's background. Java2D only, headless.
 *
 * <p>The font is the JDK's logical "SansSerif", which every JDK maps to a font the system has
 * (DejaVu Sans through fontconfig on Debian and in our Docker image, which installs both), so no font file ships with
 * the site and none is downloaded.
 */
final class ShareImageRenderer {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;

    private static final int MARGIN = 80;
    private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final int BAND = 14;
    private static final int RULE_WIDTH = 72;
    private static final int RULE_HEIGHT = 8;
    private static final int KICKER_SIZE = 30;
    private static final int FOOTER_SIZE = 32;
    private static final double LINE_HEIGHT = 1.18;

    /** Large for short titles; a long title gets a smaller size and a fourth line before it is cut. */
    private static final List<TitleStyle> TITLE_STYLES = List.of(new TitleStyle(72, 3), new TitleStyle(60, 4));

    private record TitleStyle(int size, int maxLines) {}

    private ShareImageRenderer() {}

    static byte[] png(ShareCard card) {
        BufferedImage image = draw(card);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("The JDK has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage draw(ShareCard card) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

            g.setColor(card.colours().backgroundColor());
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(card.colours().accentColor());
            g.fillRect(MARGIN, MARGIN, RULE_WIDTH, RULE_HEIGHT);
            g.fillRect(0, HEIGHT - BAND, WIDTH, BAND);

            g.setColor(card.colours().textColor());
            int top = MARGIN + RULE_HEIGHT + 32;
            if (!card.kicker().isEmpty()) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, KICKER_SIZE));
                FontMetrics metrics = g.getFontMetrics();
                g.drawString(oneLine(card.kicker(), metrics), MARGIN, top + metrics.getAscent());
                top += metrics.getHeight() + 24;
            }
            drawTitle(g, card.title(), top);

            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, FOOTER_SIZE));
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(oneLine(card.footer(), metrics), MARGIN, HEIGHT - BAND - MARGIN + metrics.getAscent() / 2);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static String oneLine(String text, FontMetrics metrics) {
        List<String> lines = TextWrap.lines(text, TEXT_WIDTH, 1, metrics::stringWidth);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    private static void drawTitle(Graphics2D g, String title, int top) {
        List<String> lines = List.of();
        FontMetrics metrics = null;
        for (TitleStyle style : TITLE_STYLES) {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, style.size()));
            metrics = g.getFontMetrics();
            lines = TextWrap.lines(title, TEXT_WIDTH, style.maxLines(), metrics::stringWidth);
            if (lines.isEmpty() || !lines.get(lines.size() - 1).endsWith(TextWrap.ELLIPSIS)) {
                break;
            }
        }
        int lineHeight = (int) Math.round(metrics.getFont().getSize() * LINE_HEIGHT);
        int baseline = top + metrics.getAscent();
        for (String line : lines) {
            g.drawString(line, MARGIN, baseline);
            baseline += lineHeight;
        }
    }
}
