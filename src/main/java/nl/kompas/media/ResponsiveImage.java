package nl.kompas.media;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an {@code <img>} of a library image needs: a srcset of its copies, so each browser loads the
 * smallest one that is sharp on its screen, a src for browsers without srcset, and a width and
 * height, so the page does not move when the image arrives.
 *
 * @param src the copy closest to the article column's width (at most 960 pixels)
 * @param srcset every copy up to {@value ScaledWidths#LARGEST} pixels wide, with its width
 * @param width of the src copy
 * @param height of the src copy
 */
public record ResponsiveImage(String src, String srcset, int width, int height) {

    private static final int DEFAULT_WIDTH = 960;

    private record Candidate(String url, int width, int height) {}

    static ResponsiveImage of(MediaItem item) {
        MediaName name = item.getName();
        List<Candidate> candidates = new ArrayList<>();
        for (int width : item.getScaledWidths()) {
            candidates.add(new Candidate(
                    name.scaled(width, item.getScaledType()).url(),
                    width,
                    ScaledWidths.heightAt(width, item.getWidth(), item.getHeight())));
        }
        // Larger originals are left out: a photo of 6000 pixels would cost megabytes for nothing.
        if (item.getWidth() <= ScaledWidths.LARGEST) {
            candidates.add(new Candidate(name.url(), item.getWidth(), item.getHeight()));
        }
        Candidate src = candidates.get(0);
        for (Candidate candidate : candidates) {
            if (candidate.width() <= DEFAULT_WIDTH) {
                src = candidate;
            }
        }
        String srcset = candidates.stream()
                .map(candidate -> candidate.url() + " " + candidate.width() + "w")
                .collect(Collectors.joining(", "));
        return new ResponsiveImage(src.url(), srcset, src.width(), src.height());
    }
}
