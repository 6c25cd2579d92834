package nl.kompas.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Something a client or participant said about the work, and who said it. */
@Embeddable
public class ClientQuote {

    @Column(name = "quote_text", nullable = false, length = 2000)
    private String text;

    @Column(name = "quoted_by", nullable = false, length = 300)
    private String by;

    protected ClientQuote() {}

    public ClientQuote(String text, String by) {
        if (text == null || text.isBlank() || by == null || by.isBlank()) {
            throw new IllegalArgumentException("A quote needs its text and who said it");
        }
        this.text = text.strip();
        this.by = by.strip();
    }

    public String getText() {
        return text;
    }

    public String getBy() {
        return by;
    }
}
