package nl.kompas.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleFilter;
import nl.kompas.article.ArticleRepository;
import nl.kompas.article.Category;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePaths;

/**
 * The newest published articles as a feed: of the whole site, of one category or of one author.
 * Each entry holds the whole article, with its byline, categories and dates, and every address in
 * it absolute. A feed lives beside the page it follows ("/artikelen/categorie/x" has
 * "/artikelen/categorie/x/rss.xml"), and is cached and invalidated with the pages, since building
 * it loads the same articles.
 */
@ApplicationScoped
public class ArticleFeed {

    /** Enough for a reader that looks in weekly; the site itself has every older article. */
    static final int SIZE = 20;

    @Inject
    ArticleRepository articles;

    @Inject
    ConsultantRepository consultants;

    @Inject
    SiteConfig site;

    @Inject
    SitePaths paths;

    /** What one feed holds, and the page it follows. */
    private record Channel(
            String title, String description, String pagePath, List<Article> articles, SiteLanguage language) {}

    /** The feed of every article, with the {@value #SIZE} newest. */
    public SyndFeed all(FeedFormat format, SiteLanguage language) {
        ResourceBundle messages = messages(language);
        return feed(
                new Channel(
                        MessageFormat.format(messages.getString("feed.title"), site.getName()),
                        messages.getString("articles.description"),
                        paths.articles(language),
                        articles.findPublishedPage(ArticleFilter.all(language), 0, SIZE),
                        language),
                format);
    }

    /**
     * The feed of one category, like its page: none for an unknown category or one that holds only
     * drafts, which is not public yet.
     */
    public Optional<SyndFeed> ofCategory(String slug, FeedFormat format, SiteLanguage language) {
        return articles.findCategory(slug).flatMap(category -> {
            List<Article> newest = articles.findPublishedPage(ArticleFilter.of(category, language), 0, SIZE);
            if (newest.isEmpty()) {
                return Optional.empty();
            }
            ResourceBundle messages = messages(language);
            String name = category.nameIn(language);
            String description = category.descriptionIn(language) != null
                    ? category.descriptionIn(language)
                    : MessageFormat.format(messages.getString("articles.category.description"), name);
            return Optional.of(feed(
                    new Channel(
                            MessageFormat.format(messages.getString("feed.category.title"), site.getName(), name),
                            description,
                            paths.category(language, category.getSlug()),
                            newest,
                            language),
                    format));
        });
    }

    /** The feed of the articles one consultant wrote or co-wrote; none for an unknown consultant. */
    public Optional<SyndFeed> ofAuthor(String slug, FeedFormat format, SiteLanguage language) {
        return consultants.findBySlug(slug).map(author -> {
            ResourceBundle messages = messages(language);
            return feed(
                    new Channel(
                            MessageFormat.format(
                                    messages.getString("feed.consultant.title"), site.getName(), author.getName()),
                            MessageFormat.format(messages.getString("consultant.articles"), author.getName()),
                            paths.consultant(language, author.getSlug()),
                            articles.findPublishedByAuthor(author, language).stream()
                                    .limit(SIZE)
                                    .toList(),
                            language),
                    format);
        });
    }

    private static ResourceBundle messages(SiteLanguage language) {
        return ResourceBundle.getBundle("nl.kompas.messages", language.getLocale());
    }

    private SyndFeed feed(Channel channel, FeedFormat format) {
        String pageUrl = site.absolute(channel.pagePath());
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType());
        feed.setEncoding("UTF-8");
        feed.setTitle(channel.title());
        feed.setDescription(channel.description());
        feed.setLanguage(channel.language().getTag());
        feed.setLink(pageUrl);
        feed.setUri(site.absolute(format.pathFor(channel.pagePath())));
        feed.setLinks(
                List.of(link("alternate", "text/html", pageUrl), link("self", format.mediaType(), feed.getUri())));
        feed.setPublishedDate(Date.from(channel.articles().stream()
                .map(ArticleFeed::updated)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH)));
        feed.setEntries(channel.articles().stream()
                .map(article -> entry(article, format, channel.language()))
                .toList());
        return feed;
    }

    private SyndEntry entry(Article article, FeedFormat format, SiteLanguage language) {
        String url = site.absolute(paths.item(article));
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(article.getTitle());
        entry.setLink(url);
        entry.setPublishedDate(Date.from(published(article.getPublishedOn())));
        entry.setUpdatedDate(Date.from(updated(article)));
        entry.setDescription(content("text/plain", article.getSummary()));
        entry.setContents(
                List.of(content("html", AbsoluteLinks.in(article.getBody().getHtml(), url, site.getBaseUrl()))));
        entry.setCategories(article.getCategories().stream()
                .map(category -> category(category, language))
                .toList());
        if (format == FeedFormat.ATOM) {
            // Atom has authors with a link of their own, and needs an id for each entry.
            entry.setUri(url);
            entry.setAuthors(article.getAuthors().stream()
                    .map(author -> person(author, language))
                    .toList());
        } else {
            // RSS's own author element must be an e-mail address; feeds name authors in dc:creator.
            // Without a uri, Rome makes the link the entry's permanent guid.
            DCModule dublinCore = (DCModule) entry.getModule(DCModule.URI);
            dublinCore.setCreators(
                    article.getAuthors().stream().map(Consultant::getName).toList());
        }
        return entry;
    }

    /** A publication date has no time; midnight UTC keeps it on its own day for readers in Europe. */
    private static Instant published(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last change, and never before publication: an article dated ahead was still written before. */
    private static Instant updated(Article article) {
        Instant published = published(article.getPublishedOn());
        return article.getUpdatedAt().isAfter(published) ? article.getUpdatedAt() : published;
    }

    private SyndPerson person(Consultant author, SiteLanguage language) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(author.getName());
        person.setUri(site.absolute(paths.consultant(language, author.getSlug())));
        return person;
    }

    private SyndCategory category(Category category, SiteLanguage language) {
        SyndCategory syndCategory = new SyndCategoryImpl();
        syndCategory.setName(category.nameIn(language));
        return syndCategory;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
