package nl.kompas.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.util.Objects;

/**
 * A Markdown text together with what is derived from it: sanitized HTML, a plain-text excerpt
 * and a word count. Only {@link MarkdownRenderer} makes one, so the stored HTML always belongs
 * to the stored source; pages serve the HTML as it is and never render on a request. The
 * renderer version it carries lets {@link OutdatedHtml} render it again after the renderer
 * changes.
 */
@Embeddable
public class MarkdownBody {

    @Lob
    @Column(name = "body_source", nullable = false)
    private String source;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String html;

    @Column(name = "body_excerpt", nullable = false, length = 400)
    private String excerpt;

    @Column(name = "body_words", nullable = false)
    private int words;

    @Column(name = "body_renderer_version", nullable = false)
    private int rendererVersion;

    protected MarkdownBody() {}

    MarkdownBody(String source, String html, String excerpt, int words, int rendererVersion) {
        this.source = Objects.requireNonNull(source);
        this.html = Objects.requireNonNull(html);
        this.excerpt = Objects.requireNonNull(excerpt);
        this.words = words;
        this.rendererVersion = rendererVersion;
    }

    /** The Markdown as written: the stored truth. */
    public String getSource() {
        return source;
    }

    /** Sanitized HTML rendered from the source; safe to write to a page unescaped. */
    public String getHtml() {
        return html;
    }

    /** The first paragraph as plain text, cut to fit a meta description. */
    public String getExcerpt() {
        return excerpt;
    }

    public int getWords() {
        return words;
    }

    public int getReadingMinutes() {
        return ReadingTime.minutes(words);
    }

    /** The {@link MarkdownRenderer#VERSION} that made the HTML. */
    public int getRendererVersion() {
        return rendererVersion;
    }
}
