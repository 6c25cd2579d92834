package nl.kompas.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Share links as plain links: nothing is loaded from, or sent to, a network until the visitor
 * clicks one. (A class with getters rather than a record: Jakarta EL 5 sees no record accessors.)
 */
public final class ShareLinks {

    private final String url;
    private final String linkedin;
    private final String x;
    private final String facebook;
    private final String whatsapp;
    private final String email;

    private ShareLinks(String url, String linkedin, String x, String facebook, String whatsapp, String email) {
        this.url = url;
        this.linkedin = linkedin;
        this.x = x;
        this.facebook = facebook;
        this.whatsapp = whatsapp;
        this.email = email;
    }

    public static ShareLinks of(String absoluteUrl, String title) {
        String url = encode(absoluteUrl);
        String text = encode(title);
        return new ShareLinks(
                absoluteUrl,
                "https://www.linkedin.com/sharing/share-offsite/?url=" + url,
                "https://x.com/intent/tweet?url=" + url + "&text=" + text,
                "https://www.facebook.com/sharer/sharer.php?u=" + url,
                // WhatsApp takes one text; the address at its end becomes a link with a preview.
                "https://wa.me/?text=" + encode(title + " " + absoluteUrl),
                "mailto:?subject=" + text + "&body=" + url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The page's own absolute address, for the copy-link button. */
    public String getUrl() {
        return url;
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

    public String getWhatsapp() {
        return whatsapp;
    }

    public String getEmail() {
        return email;
    }
}
