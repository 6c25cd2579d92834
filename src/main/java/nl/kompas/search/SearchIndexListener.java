package nl.kompas.search;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import nl.kompas.content.ContentEntity;

/**
 * Keeps the search index in step with the content, whatever writes it: the content loader, the
 * admin, a scheduled publication or an import. A saved or removed item is indexed again once its
 * transaction commits; a category or tag, whose name is among the words of the articles it files,
 * has those articles indexed again.
 */
public class SearchIndexListener {

    @Inject
    SearchIndex searchIndex;

    // Object, not ContentEntity: JPA allows only Object or an entity type as the parameter.
    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object changed) {
        if (SearchDocuments.isIndexed(changed)) {
            searchIndex.updateOnCommit(SearchDocuments.keyOf((ContentEntity) changed));
        }
    }
}
