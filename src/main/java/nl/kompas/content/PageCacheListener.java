package nl.kompas.content;

import jakarta.inject.Inject;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.HashSet;
import java.util.Set;
import nl.kompas.platform.cache.PageCache;
import nl.kompas.platform.cache.PageDependencies;

/**
 * Keeps the page cache in step with the content, whatever writes it: the content loader, the admin,
 * a scheduled publication or an import.
 *
 * <p>Loading an item while a page renders records that the page shows it. Saving an item
 * invalidates, once the transaction commits, every cached page that showed it; publishing,
 * unpublishing or changing a listed item also invalidates every page that lists its type (the
 * lists, the home page, the feeds, the sitemap), since what they hold or their order may change.
 */
public class PageCacheListener {

    @Inject
    PageCache pageCache;

    // Object, not ContentEntity: JPA allows only Object or an entity type as the parameter.
    @PostLoad
    void loaded(Object loaded) {
        ContentEntity entity = (ContentEntity) loaded;
        PageDependencies.showed(entity.getClass(), entity.getId());
        if (entity instanceof PublishableItem item) {
            item.rememberListedState();
        }
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object changed) {
        ContentEntity entity = (ContentEntity) changed;
        Set<String> affected = new HashSet<>();
        affected.add(PageDependencies.item(entity.getClass(), entity.getId()));
        if (entity.isListed()) {
            affected.add(PageDependencies.listOf(entity.getClass()));
        }
        if (entity instanceof PublishableItem item) {
            item.rememberListedState();
        }
        pageCache.invalidateOnCommit(affected);
    }
}
