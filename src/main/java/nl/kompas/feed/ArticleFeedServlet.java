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
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePage;

/**
 * Serves the article feeds, each in RSS 2.0 ({@code rss.xml}) and Atom 1.0 ({@code atom.xml}):
 * {@code /artikelen/…} for every article, {@code /artikelen/categorie/{slug}/…} for a category and
 * {@code /consultants/{slug}/…} for an author. The pages at those prefixes are routed before they
 * reach a servlet (SiteRoutes), so only the feeds and unknown addresses (404) come here.
 */
@WebServlet(
        name = "ArticleFeed",
        urlPatterns = {
            "/artikelen/rss.xml",
            "/artikelen/atom.xml",
            "/artikelen/categorie/*",
            "/consultants/*",
            "/en/articles/rss.xml",
            "/en/articles/atom.xml",
            "/en/articles/category/*",
            "/en/consultants/*"
        })
public class ArticleFeedServlet extends PublicDocumentServlet {

    private static final String FILE = "/(rss\\.xml|atom\\.xml)";
    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final String SLUG_PARAMETER = "\\{\\w+}";

    @Inject
    ArticleFeed feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SiteLanguage language = SiteLanguage.ofPath(path);
        Matcher all = pattern(SitePage.ARTICLES, language).matcher(path);
        Matcher category = pattern(SitePage.CATEGORY, language).matcher(path);
        Matcher author = pattern(SitePage.CONSULTANT, language).matcher(path);
        FeedFormat format;
        Optional<SyndFeed> feed;
        if (all.matches()) {
            format = FeedFormat.named(all.group(1)).orElseThrow();
            feed = Optional.of(feeds.all(format, language));
        } else if (category.matches()) {
            format = FeedFormat.named(category.group(2)).orElseThrow();
            feed = feeds.ofCategory(category.group(1), format, language);
        } else if (author.matches()) {
            format = FeedFormat.named(author.group(2)).orElseThrow();
            feed = feeds.ofAuthor(author.group(1), format, language);
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

    /** The feeds beside a page of the route table: its path, a slug in place of its parameter, then the file. */
    private static Pattern pattern(SitePage page, SiteLanguage language) {
        String[] parts = page.template(language).split(SLUG_PARAMETER, -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append(SLUG).append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex + FILE);
    }
}
