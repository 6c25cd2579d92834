package nl.kompas.search;

import java.util.Objects;
import java.util.Set;
import nl.kompas.platform.web.SiteLanguage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * One published item as the index holds it: its title, a few words about it (summary, client,
 * sector, role, categories and tags), and its text as plain words. Made from the entity in
 * {@link SearchDocuments}; the index never sees an entity.
 *
 * @param key the item's tag, as the page cache names it: "Article#42"
 * @param slug the item's slug: a hit's page is made from its kind, its slug and the language searched in
 * @param languages the halves of the site that show the item: an article's own language, or both for
 *     a consultant, whose profile exists in either
 */
record SearchDocument(
        String key,
        SearchKind kind,
        String slug,
        Set<SiteLanguage> languages,
        String title,
        String about,
        String text) {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String SLUG = "slug";
    static final String LANGUAGE = "language";
    static final String TITLE = "title";
    static final String ABOUT = "about";
    static final String TEXT = "text";
    /** The words as written (not stemmed), for "did you mean". */
    static final String WORDS = "words";

    /**
     * Stored with their offsets, so that the highlighter finds the matched words in the stored
     * text without analysing it again.
     */
    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
    }

    SearchDocument {
        Objects.requireNonNull(key);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(slug);
        languages = Set.copyOf(languages);
        title = Objects.requireNonNullElse(title, "");
        about = Objects.requireNonNullElse(about, "");
        text = Objects.requireNonNullElse(text, "");
    }

    Document toLucene() {
        Document document = new Document();
        document.add(new StringField(KEY, key, Field.Store.YES));
        document.add(new StringField(KIND, kind.name(), Field.Store.YES));
        document.add(new StoredField(SLUG, slug));
        for (SiteLanguage language : languages) {
            document.add(new StringField(LANGUAGE, language.getTag(), Field.Store.NO));
        }
        document.add(new Field(TITLE, title, HIGHLIGHTED));
        document.add(new TextField(ABOUT, about, Field.Store.NO));
        document.add(new Field(TEXT, text, HIGHLIGHTED));
        document.add(new TextField(WORDS, title + "\n" + about + "\n" + text, Field.Store.NO));
        return document;
    }
}
