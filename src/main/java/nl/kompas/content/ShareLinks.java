package nl.kompas.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Share links as plain links: nothing is loaded from, or sent to, a network until the visitor
 * clicks one. (A class with getters rather than a record: Jakarta EL 5 sees no record accessors.)
 */
public final class ShareLinks {

    private final String linkedin;
    private final String x;
    private final String facebook;
    private final String email;

    private ShareLinks(String linkedin, String x, String facebook, String email) {
        this.linkedin = linkedin;
        this.x = x;
        this.facebook = facebook;
        this.email = email;
    }

    public static ShareLinks of(String absoluteUrl, String title) {
        String url = encode(absoluteUrl);
        String text = encode(title);
        return new ShareLinks(
                "https://www.linkedin.com/sharing/share-offsite/?url=" + url,
                "https://x.com/intent/tweet?url=" + url + "&text=" + text,
                "https://www.facebook.com/sharer/sharer.php?u=" + url,
                "mailto:?subject=" + text + "&body=" + url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String getLinkedin() {
        return linkedin;
    }

    public String getX() {
        return x;
    }

    public String getFacebook() {
        return facebook;
    }

    public String getEmail() {
        return email;
    }
}
