package nl.kompas.casestudy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.MarkdownBody;
import nl.kompas.content.PublishableItem;
import nl.kompas.offering.Offering;

/** A case study: work done for one client, told with the client's own words. */
@Entity
@Table(name = "case_study")
@NamedQuery(
        name = "CaseStudy.findPublishedBySlug",
        query =
                "select c from CaseStudy c where c.slug = :slug and c.status = nl.kompas.content.PublicationStatus.PUBLISHED")
@NamedQuery(
        name = "CaseStudy.findAllPublished",
        query = "select c from CaseStudy c where c.status = nl.kompas.content.PublicationStatus.PUBLISHED"
                + " and c.language = :language"
                + " order by c.publishedOn desc, c.title")
@NamedQuery(
        name = "CaseStudy.findPublishedByConsultant",
        query = "select c from CaseStudy c join c.consultants k where k = :consultant and c.language = :language"
                + " and c.status = nl.kompas.content.PublicationStatus.PUBLISHED order by c.publishedOn desc")
@NamedQuery(
        name = "CaseStudy.findForHomePage",
        query = "select c from CaseStudy c where c.status = nl.kompas.content.PublicationStatus.PUBLISHED"
                + " and c.language = :language"
                + " order by c.featured desc, c.publishedOn desc, c.title")
@NamedQuery(name = "CaseStudy.findBySlug", query = "select c from CaseStudy c where c.slug = :slug")
public class CaseStudy extends PublishableItem {

    @Column(nullable = false, length = 200)
    private String client;

    @Column(nullable = false, length = 120)
    private String sector;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    /** Shown first on the home page. */
    @Column(nullable = false)
    private boolean featured;

    @ElementCollection
    @CollectionTable(name = "case_quote", joinColumns = @JoinColumn(name = "case_study_id"))
    @OrderColumn(name = "position")
    private List<ClientQuote> quotes = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "case_offering",
            joinColumns = @JoinColumn(name = "case_study_id"),
            inverseJoinColumns = @JoinColumn(name = "offering_id"))
    @OrderBy("title")
    private List<Offering> offerings = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "case_consultant",
            joinColumns = @JoinColumn(name = "case_study_id"),
            inverseJoinColumns = @JoinColumn(name = "consultant_id"))
    @OrderBy("name")
    private List<Consultant> consultants = new ArrayList<>();

    @Column(name = "image", length = 500)
    private String image;

    @Column(name = "image_alt", length = 500)
    private String imageAlt;

    protected CaseStudy() {}

    public CaseStudy(
            String slug, String title, String client, String sector, LocalDate publishedOn, MarkdownBody body) {
        super(slug, title, body);
        if (client == null || client.isBlank()) {
            throw new IllegalArgumentException("A case study names its client");
        }
        this.client = client.strip();
        this.sector = sector == null ? "" : sector.strip();
        this.publishedOn = Objects.requireNonNull(publishedOn);
        this.summary = "";
    }

    /** An image needs alt text: a visitor who cannot see it must still know what it shows. */
    public void illustrate(String newImage, String newImageAlt) {
        if (newImage != null && (newImageAlt == null || newImageAlt.isBlank())) {
            throw new IllegalArgumentException("An image needs alt text");
        }
        this.image = newImage;
        this.imageAlt = newImage == null ? null : newImageAlt.strip();
    }

    /** A path on this site, or null. */
    public String getImage() {
        return image;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void summarize(String newSummary) {
        this.summary = newSummary == null ? "" : newSummary.strip();
    }

    public void quote(ClientQuote quote) {
        quotes.add(Objects.requireNonNull(quote));
    }

    /** Links a service to this case; the service page lists the case in return. */
    public void involve(Offering offering) {
        if (!offerings.contains(offering)) {
            offerings.add(offering);
            offering.getCases().add(this);
        }
    }

    public void involve(Consultant consultant) {
        if (!consultants.contains(consultant)) {
            consultants.add(consultant);
        }
    }

    public void changeClient(String newClient, String newSector) {
        if (newClient == null || newClient.isBlank()) {
            throw new IllegalArgumentException("A case study names its client");
        }
        this.client = newClient.strip();
        this.sector = newSector == null ? "" : newSector.strip();
    }

    public void redate(LocalDate newPublishedOn) {
        this.publishedOn = Objects.requireNonNull(newPublishedOn);
    }

    public void replaceQuotes(List<ClientQuote> newQuotes) {
        quotes.clear();
        newQuotes.forEach(this::quote);
    }

    /** Links exactly these services; the service pages that are no longer linked drop the case too. */
    public void replaceOfferings(List<Offering> newOfferings) {
        List.copyOf(offerings).stream()
                .filter(offering -> !newOfferings.contains(offering))
                .forEach(this::uninvolve);
        newOfferings.forEach(this::involve);
    }

    /** Unlinks a service from this case, on both sides. */
    public void uninvolve(Offering offering) {
        offerings.remove(offering);
        offering.getCases().remove(this);
    }

    public void replaceConsultants(List<Consultant> newConsultants) {
        consultants.clear();
        newConsultants.forEach(this::involve);
    }

    public void feature(boolean shownFirst) {
        this.featured = shownFirst;
    }

    public boolean isFeatured() {
        return featured;
    }

    public String getClient() {
        return client;
    }

    public String getSector() {
        return sector;
    }

    public String getSummary() {
        return summary.isEmpty() ? getBody().getExcerpt() : summary;
    }

    /** The summary as the editor wrote it: empty when the first paragraph stands in for it. */
    public String getOwnSummary() {
        return summary;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public List<ClientQuote> getQuotes() {
        return quotes;
    }

    /** Every service involved, published or not; pages show {@link #getPublishedOfferings()}. */
    public List<Offering> getOfferings() {
        return offerings;
    }

    /** The involved services a visitor can open: a draft service page is not linked. */
    public List<Offering> getPublishedOfferings() {
        return offerings.stream().filter(Offering::isPublished).toList();
    }

    public List<Consultant> getConsultants() {
        return consultants;
    }
}
