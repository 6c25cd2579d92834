package nl.kompas.media;

import java.util.List;

/**
 * The widths every image is scaled to at upload, for srcset: a portrait of 96 to 160 CSS pixels on a
 * sharp screen, a card, the article column, and a wide screen. Never wider than the image itself:
 * a scaled-up copy costs bytes and shows nothing more.
 */
public final class ScaledWidths {

    static final List<Integer> ALL = List.of(240, 480, 960, 1600);

    /** The widest copy; an image at most this wide is itself a candidate in srcset. */
    public static final int LARGEST = 1600;

    private ScaledWidths() {}

    /** The copies an image of this width gets: every width of {@link #ALL} below it. */
    static List<Integer> below(int width) {
        return ALL.stream().filter(w -> w < width).toList();
    }

    /** The height of a copy of the given width, keeping the image's proportions; at least 1. */
    static int heightAt(int scaledWidth, int width, int height) {
        return Math.max(1, (int) Math.round((double) height * scaledWidth / width));
    }
}
