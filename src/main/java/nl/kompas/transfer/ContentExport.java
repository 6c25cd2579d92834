package nl.kompas.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.kompas.account.Actor;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleFile;
import nl.kompas.article.ArticleRepository;
import nl.kompas.audit.AuditLog;
import nl.kompas.casestudy.CaseStudyFile;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.consultant.ConsultantFile;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.Slug;
import nl.kompas.offering.OfferingFile;
import nl.kompas.offering.OfferingRepository;
import nl.kompas.platform.SiteConfig;

/**
 * Exports the whole site as a zip in the format of the content folder: every article, case,
 * service page and consultant, drafts too, as {folder}/{slug}.md written by the content file
 * writers, and every image of media/. Unzipped, it is a content folder that a new site loads at
 * its first start; imported, it gives the same site.
 */
@ApplicationScoped
public class ContentExport {

    /** Articles written between two clears of the persistence context, so a large site stays small in memory. */
    private static final int ARTICLES_PER_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    ArticleRepository articles;

    @Inject
    CaseStudyRepository cases;

    @Inject
    ConsultantRepository consultants;

    @Inject
    OfferingRepository offerings;

    @Inject
    SiteMedia media;

    @Inject
    AuditLog audit;

    @Inject
    SiteConfig site;

    /** The name the download is offered under, such as "koersvast-advies-2026-11-23.zip". */
    public String fileName() {
        String name = Slug.from(site.getName());
        return (name.isEmpty() ? "kompas" : name) + "-" + LocalDate.now(site.getTimeZone()) + ".zip";
    }

    /**
     * Writes the export to the stream, which stays open. Folders come in alphabetical order and
     * files in slug order, each entry with the same fixed time, so the same site always gives the
     * same bytes.
     */
    @Transactional
    public void export(Actor actor, OutputStream out) throws IOException {
        ContentImport.requireAdmin(actor);
        ExportArchive zip = new ExportArchive(out);
        int articleCount = writeArticles(zip);
        int caseCount = write(zip, "cases", cases.findAllInSlugOrder(), c -> c.getSlug(), CaseStudyFile::write);
        int consultantCount =
                write(zip, "consultants", consultants.findAllInSlugOrder(), c -> c.getSlug(), ConsultantFile::write);
        List<String> images = media.names();
        for (String name : images) {
            try (InputStream image = media.open(name)) {
                zip.add(ContentArchive.MEDIA + "/" + name, image);
            }
        }
        int serviceCount =
                write(zip, "services", offerings.findAllInSlugOrder(), o -> o.getSlug(), OfferingFile::write);
        zip.close();
        audit.record(
                actor,
                "transfer.exported",
                AuditLog.Subject.none(),
                articleCount + " articles, " + caseCount + " cases, " + serviceCount + " service pages, "
                        + consultantCount + " consultants, " + images.size() + " media files");
    }

    private int writeArticles(ExportArchive zip) throws IOException {
        int count = 0;
        String last = "";
        List<Article> page;
        while (!(page = articles.findAllAfterSlug(last, ARTICLES_PER_PAGE)).isEmpty()) {
            count += write(zip, "articles", page, Article::getSlug, ArticleFile::write);
            last = page.get(page.size() - 1).getSlug();
            em.clear();
        }
        return count;
    }

    private static <T> int write(
            ExportArchive zip, String folder, List<T> items, Function<T, String> slug, Function<T, String> writer)
            throws IOException {
        for (T item : items) {
            zip.add(folder + "/" + slug.apply(item) + ".md", writer.apply(item).getBytes(StandardCharsets.UTF_8));
        }
        return items.size();
    }
}
