package nl.kompas.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kompas.platform.web.PublicDocumentServlet;

/**
 * Serves the article feeds, each in RSS 2.0 ({@code rss.xml}) and Atom 1.0 ({@code atom.xml}):
 * {@code /artikelen/…} for every article, {@code /artikelen/categorie/{slug}/…} for a category and
 * {@code /consultants/{slug}/…} for an author. The pages at those prefixes are routed before they
 * reach a servlet (SiteRoutes), so only the feeds and unknown addresses (404) come here.
 */
@WebServlet(
        name = "ArticleFeed",
        urlPatterns = {"/artikelen/rss.xml", "/artikelen/atom.xml", "/artikelen/categorie/*", "/consultants/*"})
public class ArticleFeedServlet extends PublicDocumentServlet {

    private static final String FILE = "/(rss\\.xml|atom\\.xml)";
    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final Pattern ALL = Pattern.compile("/artikelen" + FILE);
    private static final Pattern CATEGORY = Pattern.compile("/artikelen/categorie/" + SLUG + FILE);
    private static final Pattern AUTHOR = Pattern.compile("/consultants/" + SLUG + FILE);

    @Inject
    ArticleFeed feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher all = ALL.matcher(path);
        Matcher category = CATEGORY.matcher(path);
        Matcher author = AUTHOR.matcher(path);
        FeedFormat format;
        Optional<SyndFeed> feed;
        if (all.matches()) {
            format = FeedFormat.named(all.group(1)).orElseThrow();
            feed = Optional.of(feeds.all(format));
        } else if (category.matches()) {
            format = FeedFormat.named(category.group(2)).orElseThrow();
            feed = feeds.ofCategory(category.group(1), format);
        } else if (author.matches()) {
            format = FeedFormat.named(author.group(2)).orElseThrow();
            feed = feeds.ofAuthor(author.group(1), format);
        } else {
            format = null;
            feed = Optional.empty();
        }
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(format.contentType());
        try {
            new SyndFeedOutput().output(feed.get(), response.getWriter(), false);
        } catch (FeedException e) {
            throw new ServletException("The " + format + " feed of " + path + " could not be written", e);
        }
    }
}
