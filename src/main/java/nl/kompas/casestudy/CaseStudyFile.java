package nl.kompas.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileException;
import nl.kompas.content.ContentFileWriter;
import nl.kompas.content.FrontMatter;
import nl.kompas.content.MarkdownBody;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublicationStatus;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingRepository;

/** Reads a file of content/cases into a case study. Quotes are a list of "text" and "by". */
@ApplicationScoped
public class CaseStudyFile {

    /** The front-matter keys this file may have; any other is reported as a probable typo. */
    public static final List<String> KEYS = List.of(
            "title",
            "language",
            "translation",
            "slug",
            "client",
            "sector",
            "date",
            "status",
            "publish_at",
            "featured",
            "summary",
            "services",
            "consultants",
            "quotes",
            "image",
            "image_alt");

    @Inject
    CaseStudyRepository cases;

    @Inject
    OfferingRepository offerings;

    @Inject
    ConsultantRepository consultants;

    public void load(ContentFile file) {
        file.warnAboutUnknownKeys(KEYS);
        String slug = file.unusedSlug("case", taken -> cases.findBySlug(taken).isPresent());
        Contents contents = read(file);
        CaseStudy caseStudy = new CaseStudy(
                slug, contents.title(), contents.client(), contents.sector(), contents.date(), contents.body());
        contents.applyTo(caseStudy);
        caseStudy.changeLanguage(file.language());
        cases.add(caseStudy);
    }

    /**
     * Changes an existing case to what its file says now, by the same rules as {@link #load}: the
     * services and consultants it names become exactly its links. Everything is checked and looked
     * up before the case changes.
     */
    public void update(ContentFile file, CaseStudy caseStudy) {
        Contents contents = read(file);
        caseStudy.changeLanguage(file.language());
        caseStudy.retitle(contents.title());
        caseStudy.changeClient(contents.client(), contents.sector());
        caseStudy.redate(contents.date());
        caseStudy.rewrite(contents.body());
        contents.applyTo(caseStudy);
    }

    /** What a case file says, checked, with the services and consultants it names. */
    private record Contents(
            String title,
            String client,
            String sector,
            LocalDate date,
            MarkdownBody body,
            String summary,
            List<ClientQuote> quotes,
            PublicationStatus status,
            Instant publishAt,
            boolean featured,
            List<Offering> offerings,
            List<Consultant> consultants,
            String[] image) {

        void applyTo(CaseStudy caseStudy) {
            caseStudy.illustrate(image[0], image[1]);
            caseStudy.summarize(summary);
            caseStudy.replaceQuotes(quotes);
            caseStudy.changeStatus(status, publishAt);
            caseStudy.feature(featured);
            caseStudy.replaceOfferings(offerings);
            caseStudy.replaceConsultants(consultants);
        }
    }

    /**
     * Reads and checks the file and looks up what it names. The look-ups come before the case is
     * made or changed: a query flushes, and a link to a case that is not stored yet cannot be.
     */
    private Contents read(ContentFile file) {
        FrontMatter fields = file.frontMatter();
        String title = fields.requiredText("title");
        String client = fields.requiredText("client");
        String sector = fields.text("sector").orElse("");
        LocalDate date = fields.requiredDate("date");
        MarkdownBody body = MarkdownRenderer.instance().render(file.body());
        List<ClientQuote> quotes = new ArrayList<>();
        for (var quote : fields.entries("quotes")) {
            String text = quote.text("text")
                    .orElseThrow(() -> new ContentFileException(file.path(), quote.line(), "a quote needs its 'text'"));
            String by = quote.text("by")
                    .orElseThrow(() ->
                            new ContentFileException(file.path(), quote.line(), "a quote needs 'by': who said it"));
            quotes.add(new ClientQuote(text, by));
        }
        PublicationStatus status = fields.status("status");
        Instant publishAt = status == PublicationStatus.SCHEDULED ? fields.requiredInstant("publish_at") : null;
        boolean featured = fields.flag("featured");
        List<Offering> services = new ArrayList<>();
        for (String serviceSlug : fields.list("services")) {
            services.add(offerings
                    .findBySlug(serviceSlug)
                    .orElseThrow(() ->
                            file.error("services", "there is no service page with the slug '" + serviceSlug + "'")));
        }
        List<Consultant> involved = new ArrayList<>();
        for (String consultantSlug : fields.list("consultants")) {
            involved.add(consultants
                    .findBySlug(consultantSlug)
                    .orElseThrow(() -> file.error(
                            "consultants", "there is no consultant with the slug '" + consultantSlug + "'")));
        }
        return new Contents(
                title,
                client,
                sector,
                date,
                body,
                fields.text("summary").orElse(""),
                quotes,
                status,
                publishAt,
                featured,
                services,
                involved,
                file.image());
    }

    /** The case as the text of its file in content/cases: what {@link #load} reads back. */
    public static String write(CaseStudy caseStudy) {
        return write(caseStudy, null);
    }

    /** The same, naming the slug of its translation (null for none), as an export does. */
    public static String write(CaseStudy caseStudy, String translationSlug) {
        return new ContentFileWriter()
                .put("title", caseStudy.getTitle())
                .put("slug", caseStudy.getSlug())
                .put("client", caseStudy.getClient())
                .put("sector", caseStudy.getSector())
                .put("date", caseStudy.getPublishedOn())
                .status(caseStudy.getStatus(), caseStudy.getPublishAt())
                .language(caseStudy.getLanguage(), translationSlug)
                .flag("featured", caseStudy.isFeatured())
                .put("summary", caseStudy.getSummary())
                .put("services", ContentFileWriter.names(caseStudy.getOfferings(), Offering::getSlug))
                .put("consultants", ContentFileWriter.names(caseStudy.getConsultants(), Consultant::getSlug))
                .put("image", caseStudy.getImage())
                .put("image_alt", caseStudy.getImage() == null ? null : caseStudy.getImageAlt())
                .put(
                        "quotes",
                        caseStudy.getQuotes().stream()
                                .map(quote -> ContentFileWriter.entry("text", quote.getText(), "by", quote.getBy()))
                                .toList())
                .write(caseStudy.getBody().getSource());
    }
}
