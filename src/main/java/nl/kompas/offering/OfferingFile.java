package nl.kompas.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileWriter;
import nl.kompas.content.FrontMatter;
import nl.kompas.content.MarkdownRenderer;

/**
 * Reads a file of content/services into a service page. The cases it names are linked in a second
 * step, once the case files are in.
 */
@ApplicationScoped
public class OfferingFile {

    /** The front-matter keys this file may have; any other is reported as a probable typo. */
    public static final List<String> KEYS = List.of("title", "slug", "section", "order", "status", "cases");

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
        FrontMatter fields = file.frontMatter();
        String slug = file.unusedSlug(
                "service page", taken -> offerings.findBySlug(taken).isPresent());
        for (String caseSlug : fields.list("cases")) {
            if (!caseSlugs.contains(caseSlug)) {
                throw file.error("cases", "there is no case with the slug '" + caseSlug + "'");
            }
        }
        Offering offering = new Offering(
                slug,
                fields.requiredText("title"),
                fields.requiredText("section"),
                fields.number("order").orElse(0),
                MarkdownRenderer.instance().render(file.body()));
        offering.changeStatus(fields.status("status"));
        offerings.add(offering);
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

    /** The service page as the text of its file in content/services: what {@link #load} reads back. */
    public static String write(Offering offering) {
        return new ContentFileWriter()
                .put("title", offering.getTitle())
                .put("slug", offering.getSlug())
                .put("section", offering.getSectionName())
                .put("order", offering.getPosition())
                .status(offering.getStatus())
                .put("cases", ContentFileWriter.names(offering.getCases(), CaseStudy::getSlug))
                .write(offering.getBody().getSource());
    }
}
