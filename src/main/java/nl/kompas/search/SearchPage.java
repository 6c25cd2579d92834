package nl.kompas.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import nl.kompas.platform.web.MessageFormats;
import nl.kompas.platform.web.Route;
import nl.kompas.platform.web.SitePaths;
import nl.kompas.platform.web.TooManyRequests;

/**
 * The search page, /zoeken?q=…&amp;pagina=2: the form, then ten results a page, or what to try when
 * nothing was found. Its content depends on the query string, so unlike every other public page it
 * is never kept by the page cache, nor by a browser or proxy.
 */
@Named
@RequestScoped
public class SearchPage {

    /** How many page numbers the pagination links on either side of the current page, as the lists do. */
    private static final int NEIGHBOURS = 2;

    /** Further than any search goes; bigger numbers are read as the last page. */
    private static final int MAX_PAGE = 10_000;

    @Inject
    HttpServletRequest request;

    @Inject
    SearchIndex index;

    @Inject
    SearchRateLimit rateLimit;

    @Inject
    MessageFormats messages;

    @Inject
    Route route;

    @Inject
    SitePaths paths;

    private SearchQuery query = SearchQuery.of(null);
    private SearchResults results = SearchResults.none(null);
    private boolean unavailable;

    public void load() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
        query = SearchQuery.of(request.getParameter("q"));
        if (query.isEmpty()) {
            return;
        }
        long wait = rateLimit.secondsToWait(request.getRemoteAddr());
        if (wait > 0) {
            TooManyRequests.respond(wait);
            return;
        }
        try {
            results = index.search(query, requestedPage(), route.getLanguage());
        } catch (SearchUnavailableException e) {
            // Said on the page itself, in the site's language; a 503 tells crawlers to come back.
            unavailable = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(503);
            FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Retry-After", "60");
        }
    }

    private int requestedPage() {
        String page = request.getParameter("pagina");
        if (page == null || !page.matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.min(Integer.parseInt(page), MAX_PAGE);
    }

    /** Whether the visitor searched for something and got an answer, rather than the empty form. */
    public boolean isSearched() {
        return !query.isEmpty() && !unavailable;
    }

    /** Whether the index could not answer (still being built just after start, or broken). */
    public boolean isUnavailable() {
        return unavailable;
    }

    /** The words searched for, as the form shows them again. */
    public String getQuery() {
        return query.text();
    }

    public boolean isShortened() {
        return query.wasShortened();
    }

    /** How many items match, on all pages together. */
    public int getTotal() {
        return results.total();
    }

    public List<SearchHit> getHits() {
        return results.hits();
    }

    public int getPage() {
        return results.page();
    }

    public int getPageCount() {
        return results.pageCount();
    }

    /** The suggested words when nothing was found and a word looks misspelt; null otherwise. */
    public String getSuggestion() {
        return results.suggestion() == null ? null : results.suggestion().text();
    }

    /** "Zoeken", or "Zoeken: adviseur", with the page number from page 2 on. */
    public String getTitle() {
        if (!isSearched()) {
            return messages.message("search.title");
        }
        String title = messages.message("search.title.query", query.text());
        return results.page() > 1
                ? title + " · " + messages.message("articles.page", results.page(), results.pageCount())
                : title;
    }

    /** The number of the first result on this page, for the list's numbering. */
    public int getFirstNumber() {
        return (results.page() - 1) * LuceneIndex.PAGE_SIZE + 1;
    }

    public List<Integer> getPages() {
        int page = results.page();
        int count = results.pageCount();
        return IntStream.rangeClosed(1, count)
                .filter(n -> n == 1 || n == count || Math.abs(n - page) <= NEIGHBOURS)
                .boxed()
                .toList();
    }

    /** Whether the pagination leaves out pages just before this number, which it marks with "…". */
    public boolean gapBefore(int number) {
        return number > 1 && !getPages().contains(number - 1);
    }

    public String pageUrl(int number) {
        return urlFor(query, number);
    }

    /** The search for the suggested words, when there is a suggestion. */
    public String getSuggestionUrl() {
        return results.suggestion() == null ? null : urlFor(results.suggestion(), 1);
    }

    private String urlFor(SearchQuery query, int page) {
        String url =
                paths.search(route.getLanguage()) + "?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8);
        return page > 1 ? url + "&pagina=" + page : url;
    }
}
