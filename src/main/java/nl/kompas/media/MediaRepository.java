package nl.kompas.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Library images, their files, and the content that uses them. */
@ApplicationScoped
public class MediaRepository {

    @PersistenceContext
    EntityManager em;

    public List<MediaItem> findAll() {
        return em.createNamedQuery("MediaItem.findAll", MediaItem.class).getResultList();
    }

    public Optional<MediaItem> findById(long id) {
        return Optional.ofNullable(em.find(MediaItem.class, id));
    }

    public Optional<MediaItem> findBySha256(String sha256) {
        return em.createNamedQuery("MediaItem.findBySha256", MediaItem.class)
                .setParameter("sha256", sha256)
                .getResultStream()
                .findFirst();
    }

    public Optional<MediaItem> findByHash(String hash) {
        return em.createNamedQuery("MediaItem.findByHash", MediaItem.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    /** The bytes of one public file, by its name. */
    public Optional<MediaFile> findFile(String fileName) {
        return em.createNamedQuery("MediaFile.findByFileName", MediaFile.class)
                .setParameter("fileName", fileName)
                .getResultStream()
                .findFirst();
    }

    /** Whether a public file of that name exists, without reading its bytes. */
    public boolean hasFile(String fileName) {
        return em.createQuery("select count(f) from MediaFile f where f.fileName = :fileName", Long.class)
                        .setParameter("fileName", fileName)
                        .getSingleResult()
                > 0;
    }

    /**
     * Stores a new image with its files, in a transaction of its own, so that a second upload of
     * the same bytes at the same moment fails here, on the unique SHA-256, and nowhere else.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MediaItem add(MediaItem item, List<StoredCopy> files) {
        em.persist(item);
        for (StoredCopy file : files) {
            em.persist(new MediaFile(item, file.name(), file.width(), file.height(), file.bytes()));
        }
        em.flush();
        return item;
    }

    @Transactional
    public MediaItem describe(long id, String alt) {
        MediaItem item = em.find(MediaItem.class, id);
        if (item == null) {
            throw new MediaRefusal(MediaRefusal.Field.NONE, "media.not-found");
        }
        item.describe(alt);
        return item;
    }

    /**
     * Deletes an image and its files, unless content uses it: checked in the same transaction.
     *
     * @return the content that uses it; empty when it was deleted
     */
    @Transactional
    public List<MediaUsage> deleteUnlessUsed(long id) {
        MediaItem item = em.find(MediaItem.class, id);
        if (item == null) {
            return List.of();
        }
        List<MediaUsage> usages = usagesOf(item.getHash());
        if (usages.isEmpty()) {
            // The files go with it: ON DELETE CASCADE in V8.
            em.remove(item);
        }
        return usages;
    }

    /**
     * Every article, case, service page and consultant whose image, photo or Markdown names a file
     * of this image, drafts included: the hash is in every name of the image and its copies, and
     * in no other name. Absolute URLs of the site contain it too.
     */
    public List<MediaUsage> usagesOf(String hash) {
        String pattern = "%-" + hash + "%";
        List<MediaUsage> usages = new ArrayList<>();
        titles("select a.title from Article a where a.image like :p or a.body.source like :p order by a.title", pattern)
                .forEach(title -> usages.add(new MediaUsage(MediaUsage.Kind.ARTICLE, title)));
        titles(
                        "select c.title from CaseStudy c where c.image like :p or c.body.source like :p order by c.title",
                        pattern)
                .forEach(title -> usages.add(new MediaUsage(MediaUsage.Kind.CASE, title)));
        titles("select o.title from Offering o where o.body.source like :p order by o.title", pattern)
                .forEach(title -> usages.add(new MediaUsage(MediaUsage.Kind.SERVICE, title)));
        titles("select c.name from Consultant c where c.photo like :p or c.bio.source like :p order by c.name", pattern)
                .forEach(name -> usages.add(new MediaUsage(MediaUsage.Kind.CONSULTANT, name)));
        return usages;
    }

    private List<String> titles(String query, String pattern) {
        return em.createQuery(query, String.class).setParameter("p", pattern).getResultList();
    }
}
