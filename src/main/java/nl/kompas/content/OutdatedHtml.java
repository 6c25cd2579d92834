package nl.kompas.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Stored HTML that an older version of the renderer made. The Markdown source is the stored
 * truth and the HTML is derived from it, so after a change to rendering or to the sanitizer
 * policy (and a raised {@link MarkdownRenderer#VERSION}) the site renders old bodies again at
 * start-up: visitors never get HTML that the current policy would not produce.
 */
@ApplicationScoped
public class OutdatedHtml {

    private static final Logger LOG = Logger.getLogger(OutdatedHtml.class.getName());

    /** Every entity with a Markdown body, by entity name and the name of its body. */
    private static final List<BodyOf> BODIES = List.of(
            new BodyOf("Offering", "body"),
            new BodyOf("Consultant", "bio"),
            new BodyOf("CaseStudy", "body"),
            new BodyOf("Article", "body"));

    @PersistenceContext
    EntityManager em;

    /** Renders every stored body of another renderer version again; returns how many there were. */
    @Transactional
    public int renderAgain() {
        int renewed = 0;
        for (BodyOf body : BODIES) {
            renewed += renderAgain(body);
        }
        int count = renewed;
        LOG.info(() -> "Rendered " + count + " stored bodies again for renderer version " + MarkdownRenderer.VERSION);
        return renewed;
    }

    /**
     * Sets only the columns derived from the source, one row at a time, without loading entities.
     * A bulk update passes the entities by, so it records the change itself: visitors get new HTML.
     */
    private int renderAgain(BodyOf body) {
        List<Object[]> outdated = em.createQuery(
                        "select x.id, x." + body.field() + ".source from " + body.entity() + " x where x."
                                + body.field() + ".rendererVersion <> :current",
                        Object[].class)
                .setParameter("current", MarkdownRenderer.VERSION)
                .getResultList();
        String field = "x." + body.field() + ".";
        for (Object[] row : outdated) {
            MarkdownBody rendered = MarkdownRenderer.instance().render((String) row[1]);
            em.createQuery("update " + body.entity() + " x set " + field + "html = :html, " + field
                            + "excerpt = :excerpt, " + field + "words = :words, " + field
                            + "rendererVersion = :version, x.updatedAt = :now where x.id = :id")
                    .setParameter("html", rendered.getHtml())
                    .setParameter("excerpt", rendered.getExcerpt())
                    .setParameter("words", rendered.getWords())
                    .setParameter("version", rendered.getRendererVersion())
                    .setParameter("now", LocalDateTime.now(ZoneOffset.UTC))
                    .setParameter("id", row[0])
                    .executeUpdate();
        }
        return outdated.size();
    }

    private record BodyOf(String entity, String field) {}
}
