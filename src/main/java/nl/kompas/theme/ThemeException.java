package nl.kompas.theme;

/** A theme that cannot be used; the message names the theme and what is wrong with it. */
public class ThemeException extends RuntimeException {

    public ThemeException(String theme, String reason) {
        super("Theme '" + theme + "' cannot be used: " + reason);
    }
}
