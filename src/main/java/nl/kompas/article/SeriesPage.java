package nl.kompas.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.platform.web.NotFound;
import nl.kompas.platform.web.Route;

/** The page of a series: /series/{slug}, its published parts in order with their summaries. */
@Named
@RequestScoped
public class SeriesPage {

    @Inject
    Route route;

    @Inject
    ArticleRepository articles;

    private Series series;
    private List<Article> parts = List.of();

    public void load() {
        series = articles.findSeries(route.param("slug")).orElse(null);
        if (series != null) {
            parts = articles.findPartsOfSeries(series, route.getLanguage());
        }
        // A series of drafts only is not public yet: not even its title.
        if (parts.isEmpty()) {
            NotFound.respond();
        }
    }

    public Series getSeries() {
        return series;
    }

    public List<Article> getParts() {
        return parts;
    }
}
