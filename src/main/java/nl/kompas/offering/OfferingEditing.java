package nl.kompas.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.kompas.account.Actor;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.EditRights;
import nl.kompas.editing.EditStep;
import nl.kompas.editing.EditorsOnly;
import nl.kompas.editing.ListQuery;
import nl.kompas.editing.ListRequest;
import nl.kompas.editing.PublishableEditing;
import nl.kompas.editing.QueueEntry;
import nl.kompas.offering.OfferingFormCheck.Checked;

/**
 * Writing and publishing service pages in the admin, by the workflow every kind shares (see {@link
 * PublishableEditing}). Service pages are for editors and admins only, from the list to every step.
 */
@ApplicationScoped
public class OfferingEditing extends PublishableEditing<Offering, OfferingForm, Checked> {

    /** The item type of service pages in revisions, redirects and the audit log. */
    public static final String ITEM_TYPE = "service";

    private static final EditRights<Offering> RIGHTS = new EditorsOnly<>();

    /** The admin's list: every status, filtered, sorted and paged in the database. */
    static final ListQuery LIST = new ListQuery(
                    "select new nl.kompas.offering.OfferingRow(o.id, o.title, o.slug, o.sectionName, o.position,"
                            + " o.status, o.updatedAt, o.publishAt, o.language)",
                    "Offering o")
            .contains("title", "o.title")
            .contains("section", "o.sectionName")
            .equalTo("status", "o.status", PublicationStatus.class)
            .sortable("title", "o.title")
            .sortable("section", "o.sectionName")
            .sortable("order", "o.position")
            .sortable("status", "o.status")
            .sortable("updatedAt", "o.updatedAt")
            .sortable("publishAt", "o.publishAt")
            .orderedBy("updatedAt", false);

    @Inject
    OfferingFormCheck check;

    @Inject
    OfferingRepository offerings;

    @Inject
    CaseStudyRepository cases;

    @Override
    public String itemType() {
        return ITEM_TYPE;
    }

    @Override
    protected Class<Offering> itemClass() {
        return Offering.class;
    }

    @Override
    protected EditRights<Offering> rights() {
        return RIGHTS;
    }

    @Override
    public OfferingForm blank(Actor actor) {
        RIGHTS.checkCreate(actor);
        return new OfferingForm();
    }

    /** One page of the admin's list. */
    @Transactional
    public List<OfferingRow> rows(Actor actor, ListRequest request, int first, int max) {
        EditorsOnly.require(actor);
        return LIST.page(em, OfferingRow.class, request, first, max);
    }

    @Transactional
    public long count(Actor actor, ListRequest request) {
        EditorsOnly.require(actor);
        return LIST.count(em, request);
    }

    /** Service pages of one status for the dashboard; none for who may not edit them. */
    @Override
    @Transactional
    public List<QueueEntry> queue(Actor actor, PublicationStatus status, int max) {
        return editorsQueue(actor, LIST, OfferingRow.class, "/admin/service.xhtml", status, max);
    }

    /** Every case, drafts too: what a service page can show. */
    @Transactional
    public List<CaseStudy> caseChoices() {
        return cases.findAllByTitle();
    }

    /** The sections that have service pages, for the editor to choose from. */
    @Transactional
    public List<String> sections() {
        return offerings.sectionNames();
    }

    @Override
    protected OfferingForm formOf(Offering offering) {
        return OfferingForm.of(offering);
    }

    @Override
    protected Checked check(Actor actor, OfferingForm form, Offering stored, EditStep step) {
        return check.check(form, stored);
    }

    @Override
    protected Offering create(Checked checked) {
        return new Offering(
                checked.slug(),
                checked.title(),
                checked.section(),
                checked.order(),
                MarkdownRenderer.instance().render(checked.body()));
    }

    /**
     * A case owns its link to a service page (one join table, written from either side), so the
     * cases no longer chosen drop the page, and the chosen ones take it.
     */
    @Override
    protected void fill(Offering offering, Checked checked) {
        offering.retitle(checked.title());
        offering.changeSlug(checked.slug());
        offering.moveTo(checked.section(), checked.order());
        offering.rewrite(MarkdownRenderer.instance().render(checked.body()));
        List.copyOf(offering.getCases()).stream()
                .filter(linked -> !checked.cases().contains(linked))
                .forEach(linked -> linked.uninvolve(offering));
        checked.cases().forEach(linked -> linked.involve(offering));
    }

    @Override
    protected String fileText(Offering offering) {
        return OfferingFile.write(offering);
    }

    @Override
    protected OfferingForm formOfRevision(String fileText, Offering current) {
        return OfferingRevisionText.read(fileText, current, cases::findBySlug);
    }
}
