package nl.kompas.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

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

    /** The record of the file at this path, when it has been loaded before. */
    public Optional<LoadedContentFile> loaded(String path) {
        return Optional.ofNullable(em.find(LoadedContentFile.class, path));
    }
}
