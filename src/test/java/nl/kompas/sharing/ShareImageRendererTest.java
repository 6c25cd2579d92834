package nl.kompas.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import nl.kompas.theme.ThemeColours;
import org.junit.jupiter.api.Test;

/** Draws real images with the JDK's fonts on this machine, headless, and reads them back. */
class ShareImageRendererTest {

    private static final ThemeColours COLOURS = new ThemeColours("#163a47", "#faf7f2", "#c8553d");

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aCardIsA1200By630PngInTheThemesColours() throws IOException {
        byte[] png =
                ShareImageRenderer.png(new ShareCard("Artikel", "Intervisie die blijft werken", "Koersvast", COLOURS));

        BufferedImage image = read(png);
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertEquals(new Color(0x163a47), new Color(image.getRGB(5, 5)), "the theme's background");
        assertEquals(new Color(0xc8553d), new Color(image.getRGB(600, 625)), "the accent band at the bottom");
        assertTrue(png.length < 100_000, "a preview stays small: " + png.length + " bytes");
    }

    @Test
    void theTitleIsDrawnInTheTextColourWithASystemFont() {
        BufferedImage image = ShareImageRenderer.draw(new ShareCard("", "Teamcoaching", "Koersvast", COLOURS));
        BufferedImage empty = ShareImageRenderer.draw(new ShareCard("", "", "Koersvast", COLOURS));

        int title = textPixels(image, 80, 100, 1120, 400);
        assertTrue(title > 2_000, "the title's letters cover the title area: " + title + " pixels");
        assertEquals(0, textPixels(empty, 80, 100, 1120, 400), "an empty title leaves the area empty");
    }

    @Test
    void aLongTitleStaysInsideTheMarginsAndAboveTheFooter() {
        String title = "Waarom de beste adviseurs in een veranderende organisatie eerst luisteren, dan vragen stellen,"
                + " pas daarna iets vinden en het laatste woord aan hun opdrachtgever laten, zelfs als het moeilijk wordt";
        BufferedImage image = ShareImageRenderer.draw(new ShareCard("Opinie", title, "Koersvast", COLOURS));

        assertEquals(0, textPixels(image, 1124, 0, 1200, 600), "nothing drawn in the right margin");
        assertEquals(0, textPixels(image, 0, 0, 76, 600), "nothing drawn in the left margin");
        assertTrue(textPixels(image, 80, 380, 1120, 470) > 0, "a fourth line for a long title");
        assertEquals(0, textPixels(image, 80, 480, 1120, 515), "a gap between title and footer");
    }

    @Test
    void differentCardsDifferentPicturesAndAddresses() {
        ShareCard first = new ShareCard("Artikel", "Eerste titel", "Koersvast", COLOURS);
        ShareCard retitled = new ShareCard("Artikel", "Tweede titel", "Koersvast", COLOURS);
        ShareCard noord = new ShareCard(
                "Artikel", "Eerste titel", "Koersvast", new ThemeColours("#14213d", "#ffffff", "#8ecae6"));

        assertEquals(first.hash(), new ShareCard("Artikel", " Eerste titel ", "Koersvast", COLOURS).hash());
        assertNotEquals(first.hash(), retitled.hash());
        assertNotEquals(first.hash(), noord.hash(), "another theme draws another picture");
        assertTrue(first.hash().matches("[0-9a-f]{12}"), first.hash());
    }

    /** Pixels close to the text colour: letters, not background or accent. */
    private static int textPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        Color text = COLOURS.textColor();
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - text.getRed()) < 60
                        && Math.abs(pixel.getGreen() - text.getGreen()) < 60
                        && Math.abs(pixel.getBlue() - text.getBlue()) < 60) {
                    count++;
                }
            }
        }
        return count;
    }
}
