package nl.kompas.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileWriter;
import nl.kompas.content.FrontMatter;
import nl.kompas.content.MarkdownBody;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublicationStatus;

/**
 * Reads a file of content/services into a service page. The cases it names are linked in a second
 * step, once the case files are in.
 */
@ApplicationScoped
public class OfferingFile {

    /** The front-matter keys this file may have; any other is reported as a probable typo. */
    public static final List<String> KEYS =
            List.of("title", "language", "translation", "slug", "section", "order", "status", "publish_at", "cases");

    @Inject
    OfferingRepository offerings;

    @Inject
    CaseStudyRepository cases;

    /**
     * @param caseSlugs the slugs of every case known before this run or read in it, so a reference
     *     to a case that does not exist is refused before anything is stored
     */
    public void load(ContentFile file, Set<String> caseSlugs) {
        file.warnAboutUnknownKeys(KEYS);
        String slug = file.unusedSlug(
                "service page", taken -> offerings.findBySlug(taken).isPresent());
        Contents contents = read(file, caseSlugs);
        Offering offering =
                new Offering(slug, contents.title(), contents.section(), contents.position(), contents.body());
        offering.changeStatus(contents.status(), contents.publishAt());
        offering.changeLanguage(file.language());
        offerings.add(offering);
    }

    /**
     * Changes an existing service page to what its file says now, by the same rules as {@link
     * #load}. Its cases are linked afterwards, as for a new one, with {@link #relinkCases}.
     */
    public void update(ContentFile file, Offering offering, Set<String> caseSlugs) {
        Contents contents = read(file, caseSlugs);
        offering.changeLanguage(file.language());
        offering.retitle(contents.title());
        offering.moveTo(contents.section(), contents.position());
        offering.rewrite(contents.body());
        offering.changeStatus(contents.status(), contents.publishAt());
    }

    private record Contents(
            String title,
            String section,
            int position,
            MarkdownBody body,
            PublicationStatus status,
            Instant publishAt) {}

    private static Contents read(ContentFile file, Set<String> caseSlugs) {
        FrontMatter fields = file.frontMatter();
        for (String caseSlug : fields.list("cases")) {
            if (!caseSlugs.contains(caseSlug)) {
                throw file.error("cases", "there is no case with the slug '" + caseSlug + "'");
            }
        }
        PublicationStatus status = fields.status("status");
        return new Contents(
                fields.requiredText("title"),
                fields.requiredText("section"),
                fields.number("order").orElse(0),
                MarkdownRenderer.instance().render(file.body()),
                status,
                status == PublicationStatus.SCHEDULED ? fields.requiredInstant("publish_at") : null);
    }

    /** Links the service page of a loaded file to the cases it names that have been loaded. */
    public List<String> linkCases(ContentFile file) {
        Offering offering = offerings.findBySlug(file.slug()).orElseThrow();
        List<String> missing = new ArrayList<>();
        for (String caseSlug : file.frontMatter().list("cases")) {
            cases.findBySlug(caseSlug)
                    .ifPresentOrElse((CaseStudy found) -> found.involve(offering), () -> missing.add(caseSlug));
        }
        return missing;
    }

    /**
     * Links the service page of a file to exactly the cases it names, for an import that may change
     * a page's cases. A case and a service page are linked from either file, so a link that the
     * case's own file in the same import names stays too.
     *
     * @param namedByCaseFile whether a case's file in the same import names this service page
     */
    public List<String> relinkCases(ContentFile file, BiPredicate<CaseStudy, Offering> namedByCaseFile) {
        Offering offering = offerings.findBySlug(file.slug()).orElseThrow();
        List<String> named = file.frontMatter().list("cases");
        for (CaseStudy linked : List.copyOf(offering.getCases())) {
            if (!named.contains(linked.getSlug()) && !namedByCaseFile.test(linked, offering)) {
                linked.uninvolve(offering);
            }
        }
        return linkCases(file);
    }

    /** The service page as the text of its file in content/services: what {@link #load} reads back. */
    public static String write(Offering offering) {
        return write(offering, null);
    }

    /** The same, naming the slug of its translation (null for none), as an export does. */
    public static String write(Offering offering, String translationSlug) {
        return new ContentFileWriter()
                .put("title", offering.getTitle())
                .put("slug", offering.getSlug())
                .put("section", offering.getSectionName())
                .put("order", offering.getPosition())
                .status(offering.getStatus(), offering.getPublishAt())
                .language(offering.getLanguage(), translationSlug)
                .put("cases", ContentFileWriter.names(offering.getCases(), CaseStudy::getSlug))
                .write(offering.getBody().getSource());
    }
}
