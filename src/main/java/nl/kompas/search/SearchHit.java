package nl.kompas.search;

/**
 * One result as the search page shows it. A class with getters rather than a record: Faces 4's
 * expression language reads bean properties, not record components.
 */
public final class SearchHit {

    private final SearchKind kind;
    private final String path;
    private final String titleHtml;
    private final String snippetHtml;

    SearchHit(SearchKind kind, String path, String titleHtml, String snippetHtml) {
        this.kind = kind;
        this.path = path;
        this.titleHtml = titleHtml;
        this.snippetHtml = snippetHtml;
    }

    public SearchKind getKind() {
        return kind;
    }

    /** The item's page, such as "/artikelen/intervisie-die-blijft-werken". */
    public String getPath() {
        return path;
    }

    /** The title, escaped, with the matched words in {@code <mark>}. */
    public String getTitleHtml() {
        return titleHtml;
    }

    /** A passage or two of the text, escaped, with the matched words in {@code <mark>}; may be empty. */
    public String getSnippetHtml() {
        return snippetHtml;
    }
}
