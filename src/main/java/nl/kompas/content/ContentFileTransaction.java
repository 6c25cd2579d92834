package nl.kompas.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Loads one content file in a transaction of its own, together with the record that it was
 * loaded: a broken file leaves nothing of itself behind and does not hold up the others.
 */
@ApplicationScoped
public class ContentFileTransaction {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void load(ContentFile file, String sha256, Runnable work) {
        work.run();
        em.persist(new LoadedContentFile(file.path(), sha256, LocalDateTime.now(ZoneOffset.UTC)));
        // Flush inside the transaction, so a constraint violation is reported for this file.
        em.flush();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Supplier<T> work) {
        return work.get();
    }

    /** The record of every file loaded before, by path: read once per start, not once per file. */
    public Map<String, LoadedContentFile> loadedFiles() {
        return em.createQuery("select f from LoadedContentFile f", LoadedContentFile.class)
                .getResultStream()
                .collect(Collectors.toMap(LoadedContentFile::getPath, Function.identity()));
    }
}
