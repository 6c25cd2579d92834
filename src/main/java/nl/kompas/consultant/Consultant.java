package nl.kompas.consultant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.kompas.content.ContentEntity;
import nl.kompas.content.MarkdownBody;
import nl.kompas.content.PageCacheListener;
import nl.kompas.content.Slug;
import nl.kompas.offering.Offering;
import nl.kompas.search.SearchIndexListener;

/** A consultant of the firm, as shown in bylines, author boxes and on their own profile page. */
@Entity
@Table(name = "consultant")
@NamedQuery(name = "Consultant.findBySlug", query = "select c from Consultant c where c.slug = :slug")
@NamedQuery(name = "Consultant.findAll", query = "select c from Consultant c order by c.name")
@NamedQuery(
        name = "Consultant.findCovering",
        query = "select c from Consultant c join c.offerings o where o = :offering order by c.name")
@EntityListeners({PageCacheListener.class, SearchIndexListener.class})
public class Consultant implements ContentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String role;

    @Column(name = "linkedin_url", length = 500)
    private String linkedinUrl;

    @Column(length = 320)
    private String email;

    @Column(length = 500)
    private String photo;

    /** The bio, in Markdown. */
    @Embedded
    private MarkdownBody bio;

    @ManyToMany
    @JoinTable(
            name = "consultant_offering",
            joinColumns = @JoinColumn(name = "consultant_id"),
            inverseJoinColumns = @JoinColumn(name = "offering_id"))
    @OrderBy("title")
    private List<Offering> offerings = new ArrayList<>();

    @Version
    private int version;

    /**
     * When the consultant last changed, whatever changed: the sitemap's lastmod of their profile. In UTC, because the column holds
     * no zone, and the server's own zone must not move it.
     */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Consultant() {}

    public Consultant(String slug, String name, String role, MarkdownBody bio) {
        if (!Slug.isValid(slug)) {
            throw new IllegalArgumentException("Not a valid slug: " + slug);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A consultant needs a name");
        }
        this.slug = slug;
        this.name = name.strip();
        this.role = role == null ? "" : role.strip();
        this.bio = Objects.requireNonNull(bio);
    }

    public void changeContact(String newLinkedinUrl, String newEmail, String newPhoto) {
        this.linkedinUrl = newLinkedinUrl;
        this.email = newEmail;
        this.photo = newPhoto;
    }

    public void rename(String newName, String newRole) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A consultant needs a name");
        }
        this.name = newName.strip();
        this.role = newRole == null ? "" : newRole.strip();
    }

    public void rewriteBio(MarkdownBody newBio) {
        this.bio = Objects.requireNonNull(newBio);
    }

    /** Covers exactly these services. */
    public void replaceOfferings(List<Offering> newOfferings) {
        offerings.clear();
        newOfferings.forEach(this::cover);
    }

    public void cover(Offering offering) {
        if (!offerings.contains(offering)) {
            offerings.add(offering);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getLinkedinUrl() {
        return linkedinUrl;
    }

    public String getEmail() {
        return email;
    }

    public String getPhoto() {
        return photo;
    }

    public MarkdownBody getBio() {
        return bio;
    }

    /** The services this consultant covers, published or not; see {@link #getPublishedOfferings()}. */
    public List<Offering> getOfferings() {
        return offerings;
    }

    /** The covered services a visitor can open: a draft service page is not linked. */
    public List<Offering> getPublishedOfferings() {
        return offerings.stream().filter(Offering::isPublished).toList();
    }

    /** Initials for the portrait placeholder when there is no photo: "Anne de Vries" gives "AV". */
    public String getInitials() {
        String[] words = name.split("\\s+");
        String first = words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }

    @PrePersist
    @PreUpdate
    void recordChange() {
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }
}
