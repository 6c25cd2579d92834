package nl.kompas.contact;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.consultant.Consultant;
import nl.kompas.offering.Offering;
import nl.kompas.platform.web.SiteLanguage;

/**
 * A prospect's request for contact: what they asked, the consent they gave, where they came from,
 * who has it and how it went. Times are UTC. Guards its own status: a request moves from new to in
 * progress to closed (with an outcome), and the first move out of "new" is its first response.
 */
@Entity
@Table(name = "contact_request")
public class ContactRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(length = 200)
    private String name;

    @Column(length = 320)
    private String email;

    @Column(length = 200)
    private String organisation;

    @Column(length = 40)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_offering_id")
    private Offering topic;

    @Column(name = "topic_label", length = 300)
    private String topicLabel;

    @Lob
    private String message;

    @Column(name = "consent_version", nullable = false, length = 40)
    private String consentVersion;

    @Column(name = "consent_at", nullable = false)
    private LocalDateTime consentAt;

    @Column(name = "source_path", length = 500)
    private String sourcePath;

    /** The language of the page the form was on: the visitor's confirmation is written in it. */
    @Column(nullable = false, length = 2)
    private String language = SiteLanguage.NL.getTag();

    @Column(name = "source_kind", length = 20)
    private String sourceKind;

    @Column(name = "source_title", length = 300)
    private String sourceTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_offering_id")
    private Offering sourceOffering;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_consultant_id")
    private Consultant sourceConsultant;

    @Column(name = "utm_source", length = 200)
    private String utmSource;

    @Column(name = "utm_medium", length = 200)
    private String utmMedium;

    @Column(name = "utm_campaign", length = 200)
    private String utmCampaign;

    @Column(name = "utm_term", length = 200)
    private String utmTerm;

    @Column(name = "utm_content", length = 200)
    private String utmContent;

    @ManyToOne
    @JoinColumn(name = "assignee_id")
    private Consultant assignee;

    @Enumerated(EnumType.STRING)
    @Column(name = "routing_rule", nullable = false, length = 30)
    private RoutingRule routingRule;

    @Column(name = "routing_detail", length = 500)
    private String routingDetail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(name = "first_response_at")
    private LocalDateTime firstResponseAt;

    @Column(name = "escalated_at")
    private LocalDateTime escalatedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "anonymised_at")
    private LocalDateTime anonymisedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt")
    private List<ContactNote> notes = new ArrayList<>();

    protected ContactRequest() {}

    /** The language of the page the visitor wrote from. */
    public SiteLanguage getLanguage() {
        return SiteLanguage.ofStored(language);
    }

    ContactRequest(
            ContactSubmission form,
            Offering topic,
            Attribution source,
            RoutingDecision decision,
            Consultant assignee,
            String consentVersion,
            Instant now) {
        this.createdAt = utc(now);
        this.name = form.name();
        this.email = form.email();
        this.organisation = form.organisation();
        this.phone = form.phone();
        this.topic = topic;
        this.topicLabel = topic == null ? null : topic.getTitle();
        this.message = form.message();
        this.consentVersion = consentVersion;
        this.consentAt = utc(now);
        this.sourcePath = source.path();
        this.language = SiteLanguage.ofPath(form.source()).getTag();
        this.sourceKind = source.kind();
        this.sourceTitle = shorten(source.title(), 300);
        this.sourceOffering = source.offering();
        this.sourceConsultant = source.consultant();
        this.utmSource = form.campaign().source();
        this.utmMedium = form.campaign().medium();
        this.utmCampaign = form.campaign().campaign();
        this.utmTerm = form.campaign().term();
        this.utmContent = form.campaign().content();
        this.assignee = assignee;
        this.routingRule = decision.rule();
        this.routingDetail = shorten(decision.stored(), 500);
        this.status = RequestStatus.NEW;
    }

    /** Someone took it up: in progress, and the first response if it is the first. */
    void startHandling(Instant now) {
        requireNotAnonymised();
        status = RequestStatus.IN_PROGRESS;
        outcome = null;
        closedAt = null;
        respond(now);
    }

    void close(Outcome how, Instant now) {
        requireNotAnonymised();
        if (how == null) {
            throw new IllegalArgumentException("A closed request has an outcome");
        }
        status = RequestStatus.CLOSED;
        outcome = how;
        closedAt = utc(now);
        respond(now);
    }

    private void respond(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = utc(now);
        }
    }

    void reassign(Consultant to) {
        requireNotAnonymised();
        assignee = to;
    }

    ContactNote addNote(Instant now, Long accountId, String authorName, String text) {
        requireNotAnonymised();
        ContactNote note = new ContactNote(this, now, accountId, authorName, shorten(text, ContactNote.MAX_TEXT));
        notes.add(note);
        return note;
    }

    void markEscalated(Instant now) {
        escalatedAt = utc(now);
    }

    /**
     * Removes everything that says who the prospect is (name, address, organisation, phone, the
     * message, the internal notes), keeping what the firm needs for its figures: when, where from,
     * the topic, who had it and how it ended.
     */
    void anonymise(Instant now) {
        name = null;
        email = null;
        organisation = null;
        phone = null;
        message = null;
        notes.forEach(ContactNote::anonymise);
        anonymisedAt = utc(now);
    }

    private void requireNotAnonymised() {
        if (anonymisedAt != null) {
            throw new IllegalStateException("Request " + id + " has been anonymised");
        }
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return instant(createdAt);
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getPhone() {
        return phone;
    }

    public Offering getTopic() {
        return topic;
    }

    public String getTopicLabel() {
        return topicLabel;
    }

    public String getMessage() {
        return message;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Instant getConsentAt() {
        return instant(consentAt);
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public String getSourceTitle() {
        return sourceTitle;
    }

    public Offering getSourceOffering() {
        return sourceOffering;
    }

    public Consultant getSourceConsultant() {
        return sourceConsultant;
    }

    public String getUtmSource() {
        return utmSource;
    }

    public String getUtmMedium() {
        return utmMedium;
    }

    public String getUtmCampaign() {
        return utmCampaign;
    }

    public String getUtmTerm() {
        return utmTerm;
    }

    public String getUtmContent() {
        return utmContent;
    }

    public Consultant getAssignee() {
        return assignee;
    }

    public RoutingRule getRoutingRule() {
        return routingRule;
    }

    public String getRoutingDetail() {
        return routingDetail;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Instant getFirstResponseAt() {
        return instant(firstResponseAt);
    }

    /** From arrival to the first move out of "new", or null while it is new. */
    public Duration getTimeToFirstResponse() {
        return firstResponseAt == null ? null : Duration.between(createdAt, firstResponseAt);
    }

    public Instant getEscalatedAt() {
        return instant(escalatedAt);
    }

    public Instant getClosedAt() {
        return instant(closedAt);
    }

    public Instant getAnonymisedAt() {
        return instant(anonymisedAt);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public List<ContactNote> getNotes() {
        return notes;
    }
}
