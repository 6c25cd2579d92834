package nl.kompas.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileWriter;
import nl.kompas.content.FrontMatter;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublicationStatus;

/** Reads a file of content/articles into an article. */
@ApplicationScoped
public class ArticleFile {

    /** The front-matter keys this file may have; any other is reported as a probable typo. */
    public static final List<String> KEYS = List.of(
            "title",
            "slug",
            "date",
            "type",
            "status",
            "summary",
            "authors",
            "categories",
            "tags",
            "series",
            "part",
            "image",
            "image_alt");

    @Inject
    ArticleRepository articles;

    @Inject
    ConsultantRepository consultants;

    public void load(ContentFile file) {
        file.warnAboutUnknownKeys(KEYS);
        FrontMatter fields = file.frontMatter();
        Article article = new Article(
                file.unusedSlug("article", slug -> articles.findBySlug(slug).isPresent()),
                fields.requiredText("title"),
                fields.text("type").orElse("Artikel"),
                fields.requiredDate("date"),
                MarkdownRenderer.instance().render(file.body()));
        article.summarize(fields.text("summary").orElse(""));
        credit(article, file);
        classify(article, file);
        placeInSeries(article, file);
        illustrate(article, file);
        publishIfReady(article, file);
        articles.add(article);
    }

    /** Names the authors, in the order the file lists them. */
    private void credit(Article article, ContentFile file) {
        for (String authorSlug : file.frontMatter().list("authors")) {
            article.writtenBy(consultants
                    .findBySlug(authorSlug)
                    .orElseThrow(
                            () -> file.error("authors", "there is no consultant with the slug '" + authorSlug + "'")));
        }
    }

    /** Files the article under its categories and tags, creating the ones that are new. */
    private void classify(Article article, ContentFile file) {
        for (String name : names(file, "categories", Category.MAX_NAME_LENGTH)) {
            article.fileUnder(articles.categoryNamed(name));
        }
        for (String name : names(file, "tags", Tag.MAX_NAME_LENGTH)) {
            article.tag(articles.tagNamed(name));
        }
    }

    private void placeInSeries(Article article, ContentFile file) {
        FrontMatter fields = file.frontMatter();
        if (!fields.has("series")) {
            return;
        }
        int part = fields.number("part")
                .orElseThrow(
                        () -> file.error("series", "an article in a series needs 'part': its number in the series"));
        if (part < 1) {
            throw file.error("part", "'part' counts from 1");
        }
        article.placeInSeries(articles.seriesTitled(fields.requiredText("series")), part);
    }

    private static void illustrate(Article article, ContentFile file) {
        FrontMatter fields = file.frontMatter();
        if (!fields.has("image")) {
            return;
        }
        article.illustrate(
                fields.sitePath("image").orElseThrow(),
                fields.text("image_alt")
                        .orElseThrow(() -> file.error(
                                "image", "an image needs 'image_alt': what it shows, for who cannot see it")));
    }

    /** Gives the article its status; a published article must have an author. */
    private static void publishIfReady(Article article, ContentFile file) {
        PublicationStatus status = file.frontMatter().status("status");
        if (status == PublicationStatus.PUBLISHED && article.getAuthors().isEmpty()) {
            throw file.error("authors", "a published article needs 'authors': one or more consultant slugs");
        }
        article.changeStatus(status);
    }

    /** The category or tag names under a key, each refused when it is too long to store. */
    static List<String> names(ContentFile file, String key, int maxLength) {
        List<String> names = file.frontMatter().list(key);
        for (String name : names) {
            if (name.length() > maxLength) {
                throw file.error(
                        key,
                        "a name in '" + key + "' has " + name.length() + " characters, more than the " + maxLength
                                + " it may have: '" + name + "'");
            }
        }
        return names;
    }

    /** The article as the text of its file in content/articles: what {@link #load} reads back. */
    public static String write(Article article) {
        return new ContentFileWriter()
                .put("title", article.getTitle())
                .put("slug", article.getSlug())
                .put("date", article.getPublishedOn())
                .put("type", article.getTypeLabel())
                .status(article.getStatus())
                .put("summary", article.getSummary())
                .put("authors", ContentFileWriter.names(article.getAuthors(), author -> author.getSlug()))
                .put("categories", ContentFileWriter.names(article.getCategories(), Category::getName))
                .put("tags", ContentFileWriter.names(article.getTags(), Tag::getName))
                .put(
                        "series",
                        article.getSeries() == null ? null : article.getSeries().getTitle())
                .put("part", article.getSeries() == null ? null : article.getSeriesPart())
                .put("image", article.getImage())
                .put("image_alt", article.getImage() == null ? null : article.getImageAlt())
                .write(article.getBody().getSource());
    }
}
