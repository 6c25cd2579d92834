package nl.kompas.feed;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kompas.platform.web.PublicDocumentServlet;

/** Serves the article feed: /artikelen/rss.xml (RSS 2.0) and /artikelen/atom.xml (Atom 1.0). */
@WebServlet(
        name = "ArticleFeed",
        urlPatterns = {"/artikelen/rss.xml", "/artikelen/atom.xml"})
public class ArticleFeedServlet extends PublicDocumentServlet {

    @Inject
    ArticleFeed feed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        FeedFormat format = FeedFormat.at(request.getServletPath()).orElseThrow();
        response.setContentType(format.contentType());
        try {
            new SyndFeedOutput().output(feed.in(format), response.getWriter(), false);
        } catch (FeedException e) {
            throw new ServletException("The " + format + " feed could not be written", e);
        }
    }
}
