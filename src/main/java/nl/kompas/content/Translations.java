package nl.kompas.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kompas.platform.web.MovedPermanently;
import nl.kompas.platform.web.Route;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePaths;

/**
 * The links between an item and its translation: finding the published counterpart for a page's
 * hreflang links and language switch, and making or breaking a link on both sides.
 *
 * <p>Reads run in a transaction, as the admin's and the media library's do: Payara's clean-up of
 * an entity manager used outside one fails a request now and then.
 *
 * <p>A page that shows an item loads its counterpart too (even an unpublished one), so the page
 * cache records that the page depends on it: publishing, unpublishing or relinking the
 * counterpart then invalidates this page as well, whose hreflang links change with it.
 */
@ApplicationScoped
public class Translations {

    @PersistenceContext
    EntityManager em;

    @Inject
    SitePaths paths;

    @Inject
    Route route;

    /** The page of the item's translation, when it has one that visitors can see. */
    @Transactional
    public Optional<String> pathOf(PublishableItem item) {
        return counterpart(item).filter(PublishableItem::isPublished).map(paths::item);
    }

    /** The item of the other language this one names, published or not. */
    @Transactional
    public <T extends PublishableItem> Optional<T> counterpart(T item) {
        if (item.getTranslationId() == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) item.getClass();
        return Optional.ofNullable(em.find(type, item.getTranslationId()));
    }

    /**
     * The published items of a list as a page in {@code language} shows them: each in that
     * language, or its published translation, or left out. A consultant covers the Dutch service
     * pages, and their English profile links the English ones.
     */
    @Transactional
    public <T extends PublishableItem> List<T> inLanguage(List<T> items, SiteLanguage language) {
        List<T> shown = new ArrayList<>();
        for (T item : items) {
            Optional<T> inLanguage = item.getLanguage() == language
                    ? Optional.of(item)
                    : counterpart(item).filter(other -> other.getLanguage() == language);
            inLanguage
                    .filter(PublishableItem::isPublished)
                    .filter(found -> !shown.contains(found))
                    .ifPresent(shown::add);
        }
        return shown;
    }

    /**
     * Whether a published item found by its slug belongs on this page's half of the site. An item
     * asked for under the other language's address moves there (301): slugs are unique per type,
     * so "/en/articles/{dutch slug}" can only mean the Dutch article.
     */
    public boolean belongsOnThisPage(PublishableItem item) {
        if (item.getLanguage() == route.getLanguage()) {
            return true;
        }
        MovedPermanently.to(paths.item(item));
        return false;
    }

    /**
     * Every published item of a type whose translation is published too, by slug: the slug of
     * that translation. Both directions are in it. For the sitemap's alternates, slugs only.
     */
    @Transactional
    public Map<String, String> publishedPairs(Class<? extends PublishableItem> type) {
        String entity = type.getSimpleName();
        Map<String, String> pairs = new HashMap<>();
        em.createQuery(
                        "select x.slug, y.slug from " + entity + " x, " + entity + " y where x.translationId = y.id"
                                + " and x.status = nl.kompas.content.PublicationStatus.PUBLISHED"
                                + " and y.status = nl.kompas.content.PublicationStatus.PUBLISHED",
                        Object[].class)
                .getResultList()
                .forEach(row -> pairs.put((String) row[0], (String) row[1]));
        return pairs;
    }

    /**
     * Links the item a content file made to the translation the file names, on both sides; a file
     * that names none leaves its item alone, since the other side's file may name it.
     *
     * @throws ContentFileException when the translation does not exist or is in the same language
     */
    public <T extends PublishableItem> void linkFromFile(Class<T> type, ContentFile file) {
        Optional<String> named = file.translation();
        if (named.isEmpty()) {
            return;
        }
        T item = bySlug(type, file.slug()).orElseThrow();
        T other = bySlug(type, named.get())
                .orElseThrow(() -> file.error(
                        "translation",
                        "the translation '" + named.get() + "' does not exist: name the slug of an item of the"
                                + " same kind in the other language"));
        if (other.getLanguage() == item.getLanguage()) {
            throw file.error(
                    "translation",
                    "the translation '" + named.get() + "' is in the same language ('"
                            + item.getLanguage().getTag() + "'); a translation is in the other language");
        }
        link(item, other);
    }

    /** The language of every item of a type, by slug. */
    @Transactional
    public Map<String, SiteLanguage> languagesBySlug(Class<? extends PublishableItem> type) {
        Map<String, SiteLanguage> languages = new HashMap<>();
        em.createQuery("select x.slug, x.language from " + type.getSimpleName() + " x", Object[].class)
                .getResultList()
                .forEach(row -> languages.put((String) row[0], SiteLanguage.ofStored((String) row[1])));
        return languages;
    }

    /** The slug of an item's translation, published or not, for its file; null for none. */
    @Transactional
    public String slugOf(PublishableItem item) {
        return counterpart(item).map(PublishableItem::getSlug).orElse(null);
    }

    private <T extends PublishableItem> Optional<T> bySlug(Class<T> type, String slug) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.slug = :slug", type)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /**
     * Makes {@code other} the translation of {@code item}, and unlinks both from any earlier
     * partner, within the caller's transaction. Null unlinks {@code item} alone.
     */
    public <T extends PublishableItem> void link(T item, T other) {
        counterpart(item).ifPresent(PublishableItem::unlinkTranslation);
        item.unlinkTranslation();
        if (other != null) {
            counterpart(other).ifPresent(PublishableItem::unlinkTranslation);
            item.linkTranslation(other);
        }
    }
}
