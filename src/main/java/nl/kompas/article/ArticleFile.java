package nl.kompas.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileWriter;
import nl.kompas.content.FrontMatter;
import nl.kompas.content.MarkdownBody;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublicationStatus;

/** Reads a file of content/articles into an article. */
@ApplicationScoped
public class ArticleFile {

    /** The front-matter keys this file may have; any other is reported as a probable typo. */
    public static final List<String> KEYS = List.of(
            "title",
            "language",
            "translation",
            "slug",
            "date",
            "type",
            "status",
            "publish_at",
            "summary",
            "authors",
            "categories",
            "tags",
            "series",
            "part",
            "image",
            "image_alt",
            "comments");

    @Inject
    ArticleRepository articles;

    @Inject
    ConsultantRepository consultants;

    public void load(ContentFile file) {
        file.warnAboutUnknownKeys(KEYS);
        String slug =
                file.unusedSlug("article", taken -> articles.findBySlug(taken).isPresent());
        Contents contents = read(file);
        Article article = new Article(slug, contents.title(), contents.type(), contents.date(), contents.body());
        contents.applyTo(article);
        article.changeLanguage(file.language());
        articles.add(article);
    }

    /**
     * Changes an existing article to what its file says now, by the same rules as {@link #load}.
     * Everything is checked and looked up before the article changes, so a file with a mistake
     * leaves it as it was.
     */
    public void update(ContentFile file, Article article) {
        Contents contents = read(file);
        article.changeLanguage(file.language());
        article.retitle(contents.title());
        article.relabel(contents.type());
        article.redate(contents.date());
        article.rewrite(contents.body());
        contents.applyTo(article);
    }

    /** What an article file says, checked, with the consultants, categories, tags and series it names. */
    private record Contents(
            String title,
            String type,
            LocalDate date,
            MarkdownBody body,
            String summary,
            List<Consultant> authors,
            List<Category> categories,
            List<Tag> tags,
            Series series,
            Integer part,
            String image,
            String imageAlt,
            PublicationStatus status,
            Instant publishAt,
            boolean commentsOpen) {

        void applyTo(Article article) {
            // An article that is not public, nor about to be, may have no authors yet: step down
            // first, so the authors can go.
            if (!needsAuthors(status)) {
                article.changeStatus(status, publishAt);
            }
            article.summarize(summary);
            article.creditOnly(authors);
            article.fileUnderOnly(categories);
            article.tagOnly(tags);
            if (series == null) {
                article.leaveSeries();
            } else {
                article.placeInSeries(series, part);
            }
            article.illustrate(image, imageAlt);
            article.allowComments(commentsOpen);
            article.changeStatus(status, publishAt);
        }
    }

    /** Published and scheduled articles reach visitors, and name who wrote them. */
    private static boolean needsAuthors(PublicationStatus status) {
        return status == PublicationStatus.PUBLISHED || status == PublicationStatus.SCHEDULED;
    }

    private Contents read(ContentFile file) {
        FrontMatter fields = file.frontMatter();
        String title = fields.requiredText("title");
        String type = fields.text("type").orElse("Artikel");
        LocalDate date = fields.requiredDate("date");
        List<Consultant> authors = authors(file);
        PublicationStatus status = fields.status("status");
        Instant publishAt = status == PublicationStatus.SCHEDULED ? fields.requiredInstant("publish_at") : null;
        if (needsAuthors(status) && authors.isEmpty()) {
            throw file.error(
                    "authors",
                    "a " + status.frontMatterName() + " article needs 'authors': one or more consultant slugs");
        }
        List<String> categoryNames = names(file, "categories", Category.MAX_NAME_LENGTH);
        List<String> tagNames = names(file, "tags", Tag.MAX_NAME_LENGTH);
        Integer part = part(file);
        String[] image = file.image();
        MarkdownBody body = MarkdownRenderer.instance().render(file.body());
        // Categories, tags and a series that are new are created: look-ups come first.
        return new Contents(
                title,
                type,
                date,
                body,
                fields.text("summary").orElse(""),
                authors,
                categoryNames.stream().map(articles::categoryNamed).toList(),
                tagNames.stream().map(articles::tagNamed).toList(),
                part == null ? null : articles.seriesTitled(fields.requiredText("series")),
                part,
                image[0],
                image[1],
                status,
                publishAt,
                // Open unless the file says "comments: false": most articles welcome comments.
                !fields.has("comments") || fields.flag("comments"));
    }

    /** The authors, in the order the file lists them. */
    private List<Consultant> authors(ContentFile file) {
        List<Consultant> authors = new ArrayList<>();
        for (String authorSlug : file.frontMatter().list("authors")) {
            authors.add(consultants
                    .findBySlug(authorSlug)
                    .orElseThrow(
                            () -> file.error("authors", "there is no consultant with the slug '" + authorSlug + "'")));
        }
        return authors;
    }

    /** The part of the series the article is, or null when it is in none. */
    private static Integer part(ContentFile file) {
        FrontMatter fields = file.frontMatter();
        if (!fields.has("series")) {
            return null;
        }
        int part = fields.number("part")
                .orElseThrow(
                        () -> file.error("series", "an article in a series needs 'part': its number in the series"));
        if (part < 1) {
            throw file.error("part", "'part' counts from 1");
        }
        return part;
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
        return write(article, null);
    }

    /** The same, naming the slug of its translation (null for none), as an export does. */
    public static String write(Article article, String translationSlug) {
        return new ContentFileWriter()
                .put("title", article.getTitle())
                .put("slug", article.getSlug())
                .put("date", article.getPublishedOn())
                .put("type", article.getTypeLabel())
                .status(article.getStatus(), article.getPublishAt())
                .language(article.getLanguage(), translationSlug)
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
                .put("comments", article.isCommentsOpen() ? null : Boolean.FALSE)
                .write(article.getBody().getSource());
    }
}
