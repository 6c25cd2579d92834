package nl.kompas.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The routing rules as an admin set them: the one row of contact_routing. */
@Entity
@Table(name = "contact_routing")
public class RoutingSettings {

    static final int ROW = 1;

    @Id
    private Integer id;

    @Version
    private int version;

    /** Null: the site's contact address (site.contact-email). */
    @Column(name = "general_inbox", length = 320)
    private String generalInbox;

    @Column(name = "consultant_page_rule", nullable = false)
    private boolean consultantPageRule;

    @Column(name = "topic_rule", nullable = false)
    private boolean topicRule;

    @Column(name = "article_author_rule", nullable = false)
    private boolean articleAuthorRule;

    /** Null: site.contact.escalate-after-working-hours. */
    @Column(name = "escalation_hours")
    private Integer escalationHours;

    protected RoutingSettings() {}

    ContactRouter.Rules rules() {
        return new ContactRouter.Rules(consultantPageRule, topicRule, articleAuthorRule);
    }

    void change(
            String generalInbox,
            boolean consultantPageRule,
            boolean topicRule,
            boolean articleAuthorRule,
            Integer escalationHours) {
        this.generalInbox = generalInbox;
        this.consultantPageRule = consultantPageRule;
        this.topicRule = topicRule;
        this.articleAuthorRule = articleAuthorRule;
        this.escalationHours = escalationHours;
    }

    public String getGeneralInbox() {
        return generalInbox;
    }

    public boolean isConsultantPageRule() {
        return consultantPageRule;
    }

    public boolean isTopicRule() {
        return topicRule;
    }

    public boolean isArticleAuthorRule() {
        return articleAuthorRule;
    }

    public Integer getEscalationHours() {
        return escalationHours;
    }

    public int getVersion() {
        return version;
    }
}
