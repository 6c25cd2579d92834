package nl.kompas.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kompas.article.Article;
import nl.kompas.platform.cache.PageCache;
import nl.kompas.platform.cache.PageDependencies;
import nl.kompas.platform.web.SitePaths;
import nl.kompas.privacy.PersonalDataHolder;

/**
 * The comments' part of a privacy request: every comment written with the address. Erasing
 * removes them, approved ones too, and clears the cached pages of the articles they were shown on.
 */
@ApplicationScoped
public class CommentData implements PersonalDataHolder {

    @PersistenceContext
    EntityManager em;

    @Inject
    PageCache pageCache;

    @Inject
    SitePaths paths;

    @Override
    public String name() {
        return "comments";
    }

    @Override
    public List<Map<String, String>> export(String email) {
        return comments(email).stream()
                .map(comment -> {
                    Map<String, String> record = new LinkedHashMap<>();
                    record.put("article", paths.item(comment.getArticle()));
                    record.put("name", comment.getAuthorName());
                    record.put("email", comment.getAuthorEmail());
                    record.put("text", comment.getBody());
                    record.put("status", comment.getStatus().name().toLowerCase(Locale.ROOT));
                    record.put("posted_at", comment.getPostedAt() + "Z");
                    record.put("posted_ip", comment.getPostedIp());
                    return record;
                })
                .toList();
    }

    @Override
    public int erase(String email) {
        List<Comment> found = comments(email);
        Set<String> shownOn = new HashSet<>();
        for (Comment comment : found) {
            if (comment.getStatus() == CommentStatus.APPROVED) {
                shownOn.add(PageDependencies.item(
                        Article.class, comment.getArticle().getId()));
            }
            em.remove(comment);
        }
        if (!shownOn.isEmpty()) {
            pageCache.invalidateOnCommit(shownOn);
        }
        return found.size();
    }

    private List<Comment> comments(String email) {
        return em.createNamedQuery("Comment.byEmail", Comment.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultList();
    }
}
