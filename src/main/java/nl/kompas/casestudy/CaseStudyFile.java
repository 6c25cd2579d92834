package nl.kompas.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileException;
import nl.kompas.content.ContentFileWriter;
import nl.kompas.content.FrontMatter;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingRepository;

/** Reads a file of content/cases into a case study. Quotes are a list of "text" and "by". */
@ApplicationScoped
public class CaseStudyFile {

    /** The front-matter keys this file may have; any other is reported as a probable typo. */
    public static final List<String> KEYS = List.of(
            "title",
            "slug",
            "client",
            "sector",
            "date",
            "status",
            "featured",
            "summary",
            "services",
            "consultants",
            "quotes");

    @Inject
    CaseStudyRepository cases;

    @Inject
    OfferingRepository offerings;

    @Inject
    ConsultantRepository consultants;

    public void load(ContentFile file) {
        file.warnAboutUnknownKeys(KEYS);
        FrontMatter fields = file.frontMatter();
        CaseStudy caseStudy = new CaseStudy(
                file.unusedSlug("case", slug -> cases.findBySlug(slug).isPresent()),
                fields.requiredText("title"),
                fields.requiredText("client"),
                fields.text("sector").orElse(""),
                fields.requiredDate("date"),
                MarkdownRenderer.instance().render(file.body()));
        caseStudy.summarize(fields.text("summary").orElse(""));
        for (var quote : fields.entries("quotes")) {
            String text = quote.text("text")
                    .orElseThrow(() -> new ContentFileException(file.path(), quote.line(), "a quote needs its 'text'"));
            String by = quote.text("by")
                    .orElseThrow(() ->
                            new ContentFileException(file.path(), quote.line(), "a quote needs 'by': who said it"));
            caseStudy.quote(new ClientQuote(text, by));
        }
        caseStudy.changeStatus(fields.status("status"));
        caseStudy.feature(fields.flag("featured"));
        // Persist before linking: the look-ups below flush, and the links point at this case.
        cases.add(caseStudy);
        for (String serviceSlug : fields.list("services")) {
            caseStudy.involve(offerings
                    .findBySlug(serviceSlug)
                    .orElseThrow(() ->
                            file.error("services", "there is no service page with the slug '" + serviceSlug + "'")));
        }
        for (String consultantSlug : fields.list("consultants")) {
            caseStudy.involve(consultants
                    .findBySlug(consultantSlug)
                    .orElseThrow(() -> file.error(
                            "consultants", "there is no consultant with the slug '" + consultantSlug + "'")));
        }
    }

    /** The case as the text of its file in content/cases: what {@link #load} reads back. */
    public static String write(CaseStudy caseStudy) {
        return new ContentFileWriter()
                .put("title", caseStudy.getTitle())
                .put("slug", caseStudy.getSlug())
                .put("client", caseStudy.getClient())
                .put("sector", caseStudy.getSector())
                .put("date", caseStudy.getPublishedOn())
                .status(caseStudy.getStatus())
                .flag("featured", caseStudy.isFeatured())
                .put("summary", caseStudy.getSummary())
                .put("services", ContentFileWriter.names(caseStudy.getOfferings(), Offering::getSlug))
                .put("consultants", ContentFileWriter.names(caseStudy.getConsultants(), Consultant::getSlug))
                .put(
                        "quotes",
                        caseStudy.getQuotes().stream()
                                .map(quote -> ContentFileWriter.entry("text", quote.getText(), "by", quote.getBy()))
                                .toList())
                .write(caseStudy.getBody().getSource());
    }
}
