package nl.kompas.consultant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kompas.account.Actor;
import nl.kompas.consultant.ConsultantFormCheck.Checked;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.editing.EditRights;
import nl.kompas.editing.EditStep;
import nl.kompas.editing.ItemEditing;
import nl.kompas.editing.ListQuery;
import nl.kompas.editing.ListRequest;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingRepository;

/**
 * Editing consultants' profiles in the admin, by the rules every kind shares (see {@link
 * ItemEditing}): a revision and an audit entry per save, stale saves refused, old addresses kept.
 * Editors and admins edit every profile; a consultant only their own (see {@link
 * ConsultantRights}). A profile is public as saved: there is no workflow.
 */
@ApplicationScoped
public class ConsultantEditing extends ItemEditing<Consultant, ConsultantForm, Checked> {

    /** The item type of consultants in revisions, redirects and the audit log. */
    public static final String ITEM_TYPE = "consultant";

    private static final ConsultantRights RIGHTS = new ConsultantRights();

    /** The one list filter a person cannot choose: a consultant lists only their own profile. */
    static final String OWNER = "owner";

    /** The admin's list, filtered, sorted and paged in the database. */
    static final ListQuery LIST = new ListQuery(
                    "select new nl.kompas.consultant.ConsultantRow(c.id, c.name, c.slug, c.role, c.updatedAt)",
                    "Consultant c")
            .contains("name", "c.name")
            .contains("role", "c.role")
            .id(OWNER, "c.id")
            .sortable("name", "c.name")
            .sortable("role", "c.role")
            .sortable("updatedAt", "c.updatedAt")
            .orderedBy("name", true);

    @Inject
    ConsultantFormCheck check;

    @Inject
    OfferingRepository offerings;

    @Override
    public String itemType() {
        return ITEM_TYPE;
    }

    @Override
    protected Class<Consultant> itemClass() {
        return Consultant.class;
    }

    @Override
    protected EditRights<Consultant> rights() {
        return RIGHTS;
    }

    @Override
    public ConsultantForm blank(Actor actor) {
        RIGHTS.checkCreate(actor);
        return new ConsultantForm();
    }

    /**
     * The profile a person opens from the list without choosing: a consultant's own; null for an
     * editor, who starts a new one.
     */
    public Long ownProfile(Actor actor) {
        return actor.mayPublish() ? null : ConsultantRights.ownProfile(actor);
    }

    /** One page of the admin's list: every profile for an editor, their own for a consultant. */
    @Transactional
    public List<ConsultantRow> rows(Actor actor, ListRequest request, int first, int max) {
        return LIST.page(em, ConsultantRow.class, visibleTo(actor, request), first, max);
    }

    @Transactional
    public long count(Actor actor, ListRequest request) {
        return LIST.count(em, visibleTo(actor, request));
    }

    /** Every service page, drafts too: what a consultant can cover. */
    @Transactional
    public List<Offering> offeringChoices() {
        return offerings.findAllByTitle();
    }

    private static ListRequest visibleTo(Actor actor, ListRequest request) {
        Map<String, String> filters = new HashMap<>(request.filters());
        filters.remove(OWNER);
        if (!actor.mayPublish()) {
            Long own = ConsultantRights.ownProfile(actor);
            if (own == null) {
                throw new EditNotAllowed(ConsultantRights.NOT_OWN);
            }
            filters.put(OWNER, String.valueOf(own));
        }
        return new ListRequest(filters, request.sortField(), request.ascending());
    }

    @Override
    protected ConsultantForm formOf(Consultant consultant) {
        return ConsultantForm.of(consultant);
    }

    @Override
    protected Checked check(Actor actor, ConsultantForm form, Consultant stored, EditStep step) {
        return check.check(form, stored);
    }

    @Override
    protected Consultant create(Checked checked) {
        return new Consultant(
                checked.slug(),
                checked.name(),
                checked.role(),
                MarkdownRenderer.instance().render(checked.bio()));
    }

    @Override
    protected void fill(Consultant consultant, Checked checked) {
        consultant.rename(checked.name(), checked.role());
        consultant.changeSlug(checked.slug());
        consultant.changeContact(checked.linkedin(), checked.email(), checked.photo());
        consultant.replaceOfferings(checked.offerings());
        consultant.rewriteBio(MarkdownRenderer.instance().render(checked.bio()));
    }

    @Override
    protected String fileText(Consultant consultant) {
        return ConsultantFile.write(consultant);
    }

    @Override
    protected ConsultantForm formOfRevision(String fileText, Consultant current) {
        return ConsultantRevisionText.read(fileText, current, offerings::findBySlug);
    }
}
