package nl.kompas.offering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.content.MarkdownBody;
import nl.kompas.content.PublishableItem;
import nl.kompas.content.Slug;

/** A service page: what the firm offers, in a section of the site, with the cases that show it. */
@Entity
@Table(name = "offering")
@NamedQuery(
        name = "Offering.findPublishedBySlug",
        query =
                "select o from Offering o where o.slug = :slug and o.status = nl.kompas.content.PublicationStatus.PUBLISHED")
@NamedQuery(
        name = "Offering.findAllPublished",
        query = "select o from Offering o where o.status = nl.kompas.content.PublicationStatus.PUBLISHED"
                + " and o.language = :language"
                + " order by o.sectionName, o.position, o.title")
@NamedQuery(name = "Offering.findBySlug", query = "select o from Offering o where o.slug = :slug")
public class Offering extends PublishableItem {

    @Column(name = "section_name", nullable = false, length = 120)
    private String sectionName;

    @Column(name = "section_slug", nullable = false, length = Slug.MAX_LENGTH)
    private String sectionSlug;

    @Column(nullable = false)
    private int position;

    /** The inverse side of CaseStudy.offerings: one join table, written from either file. */
    @ManyToMany(mappedBy = "offerings")
    @OrderBy("publishedOn DESC")
    private List<CaseStudy> cases = new ArrayList<>();

    protected Offering() {}

    public Offering(String slug, String title, String sectionName, int position, MarkdownBody body) {
        super(slug, title, body);
        moveTo(sectionName, position);
    }

    public final void moveTo(String newSectionName, int newPosition) {
        if (newSectionName == null || newSectionName.isBlank()) {
            throw new IllegalArgumentException("A service page belongs to a section");
        }
        this.sectionName = newSectionName.strip();
        this.sectionSlug = Slug.from(sectionName);
        this.position = newPosition;
    }

    public String getSectionName() {
        return sectionName;
    }

    public String getSectionSlug() {
        return sectionSlug;
    }

    public int getPosition() {
        return position;
    }

    /** Every related case, published or not; pages filter with {@link #getPublishedCases()}. */
    public List<CaseStudy> getCases() {
        return cases;
    }

    public List<CaseStudy> getPublishedCases() {
        return cases.stream().filter(CaseStudy::isPublished).toList();
    }
}
