package nl.kompas.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The old addresses of items whose slug changed after visitors had seen them. Each type's page
 * answers an unknown slug by looking here: {@code /artikelen/oud} gives a 301 to the article's
 * current address while that article is published.
 *
 * <p>Two rules keep the table right: an item that changes its slug leaves its old slug here, and an
 * item that takes a slug (a new item, or one renamed back) removes that slug from here, since the
 * address is its own again.
 */
@ApplicationScoped
public class SlugRedirects {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Records a slug change of an item. The old slug redirects to the item when visitors have seen
     * it there; the new slug stops redirecting anywhere.
     *
     * @param itemType the kind of item, such as "article": each kind has its own addresses
     */
    public void slugChanged(String itemType, long itemId, String oldSlug, String newSlug, boolean everPublished) {
        slugTaken(itemType, newSlug);
        if (!everPublished || oldSlug.equals(newSlug)) {
            return;
        }
        Optional<SlugRedirect> existing = find(itemType, oldSlug);
        if (existing.isPresent()) {
            existing.get().pointAt(itemId);
        } else {
            em.persist(new SlugRedirect(itemType, oldSlug, itemId, clock.instant()));
        }
    }

    /** A slug that an item now has is no longer an old address of another. */
    public void slugTaken(String itemType, String slug) {
        find(itemType, slug).ifPresent(em::remove);
    }

    /** The item that an old slug leads to, if it is one. */
    public Optional<Long> itemFor(String itemType, String oldSlug) {
        return find(itemType, oldSlug).map(SlugRedirect::getItemId);
    }

    /** The old slugs that lead to an item, for the editor to see. */
    public List<String> oldSlugsOf(String itemType, long itemId) {
        return em.createQuery(
                        "select r.oldSlug from SlugRedirect r where r.itemType = :type and r.itemId = :id"
                                + " order by r.oldSlug",
                        String.class)
                .setParameter("type", itemType)
                .setParameter("id", itemId)
                .getResultList();
    }

    private Optional<SlugRedirect> find(String itemType, String oldSlug) {
        return em.createQuery(
                        "select r from SlugRedirect r where r.itemType = :type and r.oldSlug = :slug",
                        SlugRedirect.class)
                .setParameter("type", itemType)
                .setParameter("slug", oldSlug)
                .getResultStream()
                .findFirst();
    }
}
