package nl.kompas.content;

/**
 * Reading time in whole minutes, from a word count. 200 words a minute is a common figure for
 * non-fiction read on a screen; a short text still takes one minute.
 */
public final class ReadingTime {

    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {}

    public static int minutes(int words) {
        return Math.max(1, (int) Math.round(words / (double) WORDS_PER_MINUTE));
    }

    public static int countWords(String plainText) {
        String trimmed = plainText == null ? "" : plainText.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
