package nl.kompas.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import nl.kompas.account.Actor;
import nl.kompas.casestudy.CaseFormCheck.Checked;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.EditRights;
import nl.kompas.editing.EditStep;
import nl.kompas.editing.EditorsOnly;
import nl.kompas.editing.ListQuery;
import nl.kompas.editing.ListRequest;
import nl.kompas.editing.PublishableEditing;
import nl.kompas.editing.QueueEntry;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingRepository;

/**
 * Writing and publishing case studies in the admin, by the workflow every kind shares (see {@link
 * PublishableEditing}). Cases are for editors and admins only, from the list to every step.
 */
@ApplicationScoped
public class CaseEditing extends PublishableEditing<CaseStudy, CaseForm, Checked> {

    /** The item type of cases in revisions, redirects and the audit log. */
    public static final String ITEM_TYPE = "case";

    private static final EditRights<CaseStudy> RIGHTS = new EditorsOnly<>();

    /** The admin's list: every status, filtered, sorted and paged in the database. */
    static final ListQuery LIST = new ListQuery(
                    "select new nl.kompas.casestudy.CaseRow(c.id, c.title, c.slug, c.client, c.sector, c.status,"
                            + " c.publishedOn, c.updatedAt, c.publishAt, c.language)",
                    "CaseStudy c")
            .contains("title", "c.title")
            .contains("client", "c.client")
            .contains("sector", "c.sector")
            .equalTo("status", "c.status", PublicationStatus.class)
            .sortable("title", "c.title")
            .sortable("client", "c.client")
            .sortable("sector", "c.sector")
            .sortable("status", "c.status")
            .sortable("date", "c.publishedOn")
            .sortable("updatedAt", "c.updatedAt")
            .sortable("publishAt", "c.publishAt")
            .orderedBy("updatedAt", false);

    @Inject
    CaseFormCheck check;

    @Inject
    OfferingRepository offerings;

    @Inject
    ConsultantRepository consultants;

    @Override
    public String itemType() {
        return ITEM_TYPE;
    }

    @Override
    protected Class<CaseStudy> itemClass() {
        return CaseStudy.class;
    }

    @Override
    protected EditRights<CaseStudy> rights() {
        return RIGHTS;
    }

    /** An empty form for a new case, dated today. */
    @Override
    public CaseForm blank(Actor actor) {
        RIGHTS.checkCreate(actor);
        CaseForm form = new CaseForm();
        form.setDate(LocalDate.now(clock.withZone(site.getTimeZone())));
        return form;
    }

    /** One page of the admin's list. */
    @Transactional
    public List<CaseRow> rows(Actor actor, ListRequest request, int first, int max) {
        EditorsOnly.require(actor);
        return LIST.page(em, CaseRow.class, request, first, max);
    }

    @Transactional
    public long count(Actor actor, ListRequest request) {
        EditorsOnly.require(actor);
        return LIST.count(em, request);
    }

    /** Cases of one status for the dashboard; none for who may not edit cases. */
    @Override
    @Transactional
    public List<QueueEntry> queue(Actor actor, PublicationStatus status, int max) {
        return editorsQueue(actor, LIST, CaseRow.class, "/admin/case.xhtml", status, max);
    }

    /** Every service page, drafts too: what a case can be linked to. */
    @Transactional
    public List<Offering> offeringChoices() {
        return offerings.findAllByTitle();
    }

    /** Every consultant: who can have worked on a case. */
    @Transactional
    public List<Consultant> consultantChoices() {
        return consultants.findAll();
    }

    @Override
    protected CaseForm formOf(CaseStudy caseStudy) {
        return CaseForm.of(caseStudy);
    }

    @Override
    protected Checked check(Actor actor, CaseForm form, CaseStudy stored, EditStep step) {
        return check.check(form, stored);
    }

    @Override
    protected CaseStudy create(Checked checked) {
        return new CaseStudy(
                checked.slug(),
                checked.title(),
                checked.client(),
                checked.sector(),
                checked.date(),
                MarkdownRenderer.instance().render(checked.body()));
    }

    @Override
    protected void fill(CaseStudy caseStudy, Checked checked) {
        caseStudy.retitle(checked.title());
        caseStudy.changeSlug(checked.slug());
        caseStudy.changeClient(checked.client(), checked.sector());
        caseStudy.redate(checked.date());
        caseStudy.summarize(checked.summary());
        caseStudy.feature(checked.featured());
        caseStudy.replaceQuotes(checked.quotes());
        caseStudy.illustrate(checked.image(), checked.imageAlt());
        caseStudy.replaceOfferings(checked.offerings());
        caseStudy.replaceConsultants(checked.consultants());
        caseStudy.rewrite(MarkdownRenderer.instance().render(checked.body()));
    }

    @Override
    protected String fileText(CaseStudy caseStudy) {
        return CaseStudyFile.write(caseStudy);
    }

    @Override
    protected CaseForm formOfRevision(String fileText, CaseStudy current) {
        return CaseRevisionText.read(fileText, current, offerings::findBySlug, consultants::findBySlug);
    }
}
