package nl.kompas.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.kompas.content.SlugRedirects;
import nl.kompas.platform.web.MessageFormats;
import nl.kompas.platform.web.MovedPermanently;
import nl.kompas.platform.web.NotFound;
import nl.kompas.platform.web.Route;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePaths;

/**
 * The article list, 10 a page: /artikelen, /artikelen/categorie/{category},
 * /artikelen/tag/{tag} and the year archive /artikelen/archief/{year}, each with /pagina/{n}, and
 * their English twins under /en/articles, each listing the articles of its own language.
 */
@Named
@RequestScoped
public class ArticleList {

    static final int PAGE_SIZE = 10;

    /** How many page numbers the pagination links on either side of the current page. */
    static final int NEIGHBOURS = 2;

    @Inject
    Route route;

    @Inject
    ArticleRepository articles;

    @Inject
    SlugRedirects redirects;

    @Inject
    MessageFormats messages;

    @Inject
    SitePaths paths;

    private ArticleFilter filter;
    private String filterName;
    private String filterDescription;
    private String filterSlug;
    private String basePath;
    private int page;
    private int pageCount;
    private List<Article> items = List.of();
    private List<Category> categories;
    private List<Tag> tags;
    private List<ArchiveYear> years;

    public void load() {
        SiteLanguage language = route.getLanguage();
        filter = ArticleFilter.all(language);
        basePath = paths.articles(language);
        if (route.param("category") != null) {
            Category category = articles.findCategory(route.param("category")).orElse(null);
            if (category == null) {
                movedOrNotFound(Taxonomy.Kind.CATEGORY, route.param("category"));
                return;
            }
            filter = ArticleFilter.of(category, language);
            filterName = category.nameIn(language);
            filterDescription = category.descriptionIn(language);
            filterSlug = category.getSlug();
            basePath = paths.category(language, category.getSlug());
        } else if (route.param("year") != null) {
            int year = Integer.parseInt(route.param("year"));
            filter = ArticleFilter.year(year, language);
            filterName = String.valueOf(year);
            filterSlug = filterName;
            basePath = paths.archive(language, year);
        } else if (route.param("tag") != null) {
            Tag tag = articles.findTag(route.param("tag")).orElse(null);
            if (tag == null) {
                movedOrNotFound(Taxonomy.Kind.TAG, route.param("tag"));
                return;
            }
            filter = ArticleFilter.of(tag, language);
            filterName = tag.getName();
            filterDescription = tag.getDescription();
            filterSlug = tag.getSlug();
            basePath = paths.tag(language, tag.getSlug());
        }
        long total = articles.countPublished(filter);
        if (total == 0 && filter.kind() != ArticleFilter.Kind.ALL) {
            // A category or tag of drafts only is not public yet: not even its name.
            NotFound.respond();
            return;
        }
        page = route.page();
        pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > pageCount) {
            NotFound.respond();
            return;
        }
        items = articles.findPublishedPage(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /**
     * An old slug of a renamed category or tag: a 301 to its page now, the same page number
     * included. The redirect names the term, not its next slug, so renames never chain.
     */
    private void movedOrNotFound(Taxonomy.Kind kind, String oldSlug) {
        Optional<? extends ArticleTerm> term = redirects
                .itemFor(kind.word(), oldSlug)
                .flatMap(id -> kind == Taxonomy.Kind.CATEGORY ? articles.findCategory(id) : articles.findTag(id));
        SiteLanguage language = route.getLanguage();
        int page = route.page();
        MovedPermanently.toOrNotFound(term.map(moved -> paths.listPage(
                kind == Taxonomy.Kind.CATEGORY
                        ? paths.category(language, moved.getSlug())
                        : paths.tag(language, moved.getSlug()),
                page)));
    }

    /** "Artikelen", "Categorie: Adviseren" or "Tag: Reflectie". */
    public String getHeading() {
        return switch (filter.kind()) {
            case ALL -> messages.message("articles.title");
            case CATEGORY -> messages.message("articles.category", filterName);
            case TAG -> messages.message("articles.tag", filterName);
            case YEAR -> messages.message("articles.year", filterName);
        };
    }

    /** The heading, with the page number from page 2 on, so every page has its own title. */
    public String getTitle() {
        return page > 1 ? getHeading() + " · " + messages.message("articles.page", page, pageCount) : getHeading();
    }

    /** The editor's introduction of a category or tag, or else the general sentence of its kind. */
    public String getDescription() {
        if (filterDescription != null) {
            return filterDescription;
        }
        return switch (filter.kind()) {
            case ALL -> messages.message("articles.description");
            case CATEGORY -> messages.message("articles.category.description", filterName);
            case TAG -> messages.message("articles.tag.description", filterName);
            case YEAR -> messages.message("articles.year.description", filterName);
        };
    }

    /** Where the category's own feeds live (its path; the template adds rss.xml and atom.xml), or null. */
    public String getFeedPath() {
        return filter.kind() == ArticleFilter.Kind.CATEGORY ? basePath : null;
    }

    public List<Article> getItems() {
        return items;
    }

    public boolean isCategory() {
        return filter.kind() == ArticleFilter.Kind.CATEGORY;
    }

    public boolean isTag() {
        return filter.kind() == ArticleFilter.Kind.TAG;
    }

    public boolean isYear() {
        return filter.kind() == ArticleFilter.Kind.YEAR;
    }

    /** The years of the archive, newest first, for the sidebar. */
    public List<ArchiveYear> getYears() {
        if (years == null) {
            years = articles.findArchiveYears(route.getLanguage());
        }
        return years;
    }

    /** The category or tag name when the list is filtered. */
    public String getFilterName() {
        return filterName;
    }

    public String getFilterSlug() {
        return filterSlug;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return pageCount;
    }

    /**
     * The page numbers the pagination links: the first, the last, and {@value #NEIGHBOURS} either
     * side of this page. Every number would be a thousand links on each page of ten thousand
     * articles.
     */
    public List<Integer> getPages() {
        return linkedPages(page, pageCount);
    }

    /** Whether the pagination leaves out pages just before this number, which it marks with "…". */
    public boolean gapBefore(int number) {
        return number > 1 && !linkedPages(page, pageCount).contains(number - 1);
    }

    static List<Integer> linkedPages(int page, int pageCount) {
        return IntStream.rangeClosed(1, pageCount)
                .filter(n -> n == 1 || n == pageCount || Math.abs(n - page) <= NEIGHBOURS)
                .boxed()
                .toList();
    }

    public String pageUrl(int number) {
        return paths.listPage(basePath, number);
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = articles.findCategoriesInUse(route.getLanguage());
        }
        return categories;
    }

    public List<Tag> getTags() {
        if (tags == null) {
            tags = articles.findTagsInUse(route.getLanguage());
        }
        return tags;
    }

    /**
     * The same list in the other language, when it has articles there: only from the first page,
     * since page 2 of one language holds other articles than page 2 of the other. Null otherwise.
     */
    public String getTranslationPath() {
        if (page > 1 || filter == null) {
            return null;
        }
        SiteLanguage other = route.getLanguage().other();
        ArticleFilter there = new ArticleFilter(filter.kind(), filter.id(), other);
        return switch (filter.kind()) {
            case ALL -> paths.articles(other);
            case CATEGORY -> articles.countPublished(there) > 0 ? paths.category(other, filterSlug) : null;
            case TAG -> articles.countPublished(there) > 0 ? paths.tag(other, filterSlug) : null;
            case YEAR ->
                articles.countPublished(there) > 0
                        ? paths.archive(other, filter.id().intValue())
                        : null;
        };
    }
}
