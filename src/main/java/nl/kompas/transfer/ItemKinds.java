package nl.kompas.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleEditing;
import nl.kompas.article.ArticleFile;
import nl.kompas.article.ArticleRepository;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyFile;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantFile;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.ContentFile;
import nl.kompas.content.Revisions;
import nl.kompas.content.Translations;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingFile;
import nl.kompas.offering.OfferingRepository;

/**
 * The four kinds of item an import reads, each with the code of its own feature: its repository to
 * find one by slug, its content file to load, update and write one. The import holds no rules of
 * its own about what a file may say.
 */
@ApplicationScoped
public class ItemKinds {

    @Inject
    OfferingFile offeringFile;

    @Inject
    ConsultantFile consultantFile;

    @Inject
    CaseStudyFile caseStudyFile;

    @Inject
    ArticleFile articleFile;

    @Inject
    OfferingRepository offerings;

    @Inject
    ConsultantRepository consultants;

    @Inject
    CaseStudyRepository cases;

    @Inject
    ArticleRepository articles;

    @Inject
    Translations translations;

    /**
     * One kind of item.
     *
     * @param name what the preview and the audit log call it: "article", "case"…
     * @param keys the front-matter keys its files may have
     * @param revisionType the item type under which {@link Revisions} keeps its texts, or null
     *     when the kind keeps no revisions
     */
    record Kind<T>(
            String name,
            List<String> keys,
            String revisionType,
            Function<String, Optional<T>> find,
            Consumer<ContentFile> load,
            BiConsumer<ContentFile, T> update,
            Function<T, String> write,
            Function<T, String> title,
            Function<T, Long> id) {}

    /** @param caseSlugs every case the site has or the import brings, which service pages may name */
    Kind<Offering> services(Set<String> caseSlugs) {
        return new Kind<>(
                "service",
                OfferingFile.KEYS,
                null,
                offerings::findBySlug,
                file -> offeringFile.load(file, caseSlugs),
                (file, offering) -> offeringFile.update(file, offering, caseSlugs),
                offering -> OfferingFile.write(offering, translations.slugOf(offering)),
                Offering::getTitle,
                Offering::getId);
    }

    Kind<Consultant> consultants() {
        return new Kind<>(
                "consultant",
                ConsultantFile.KEYS,
                null,
                consultants::findBySlug,
                consultantFile::load,
                consultantFile::update,
                ConsultantFile::write,
                Consultant::getName,
                Consultant::getId);
    }

    Kind<CaseStudy> cases() {
        return new Kind<>(
                "case",
                CaseStudyFile.KEYS,
                null,
                cases::findBySlug,
                caseStudyFile::load,
                caseStudyFile::update,
                caseStudy -> CaseStudyFile.write(caseStudy, translations.slugOf(caseStudy)),
                CaseStudy::getTitle,
                CaseStudy::getId);
    }

    Kind<Article> articles() {
        return new Kind<>(
                "article",
                ArticleFile.KEYS,
                ArticleEditing.ITEM_TYPE,
                articles::findBySlug,
                articleFile::load,
                articleFile::update,
                article -> ArticleFile.write(article, translations.slugOf(article)),
                Article::getTitle,
                Article::getId);
    }
}
