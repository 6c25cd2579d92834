package nl.kompas.contact;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.kompas.account.CurrentActor;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.InvalidEdit;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.AdminMessages;

/** The admin's routing page: the rules switched on or off, the general inbox, escalation, who is away. */
@Named
@ViewScoped
public class RoutingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContactRouting routing;

    @Inject
    transient ContactInbox inbox;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient AdminMessages messages;

    @Inject
    transient SiteConfig site;

    private String generalInbox;
    private boolean consultantPageRule;
    private boolean topicRule;
    private boolean articleAuthorRule;
    private Integer escalationHours;
    private List<Long> unavailable = new ArrayList<>();

    @PostConstruct
    void load() {
        RoutingSettings settings = routing.settings();
        generalInbox = settings.getGeneralInbox();
        consultantPageRule = settings.isConsultantPageRule();
        topicRule = settings.isTopicRule();
        articleAuthorRule = settings.isArticleAuthorRule();
        escalationHours = settings.getEscalationHours();
        unavailable = new ArrayList<>(routing.unavailable());
    }

    public void save() {
        try {
            routing.save(
                    currentActor.get(),
                    new ContactRouting.Change(
                            generalInbox,
                            consultantPageRule,
                            topicRule,
                            articleAuthorRule,
                            escalationHours,
                            new HashSet<>(unavailable)));
            messages.info("routing.saved");
        } catch (InvalidEdit invalid) {
            messages.fields(invalid, "routing");
        }
    }

    public List<Consultant> getConsultants() {
        return inbox.consultants();
    }

    public String getDefaultInbox() {
        return site.getContactEmail();
    }

    public int getDefaultEscalationHours() {
        return routing.defaultEscalationHours;
    }

    public String getGeneralInbox() {
        return generalInbox;
    }

    public void setGeneralInbox(String generalInbox) {
        this.generalInbox = generalInbox;
    }

    public boolean isConsultantPageRule() {
        return consultantPageRule;
    }

    public void setConsultantPageRule(boolean consultantPageRule) {
        this.consultantPageRule = consultantPageRule;
    }

    public boolean isTopicRule() {
        return topicRule;
    }

    public void setTopicRule(boolean topicRule) {
        this.topicRule = topicRule;
    }

    public boolean isArticleAuthorRule() {
        return articleAuthorRule;
    }

    public void setArticleAuthorRule(boolean articleAuthorRule) {
        this.articleAuthorRule = articleAuthorRule;
    }

    public Integer getEscalationHours() {
        return escalationHours;
    }

    public void setEscalationHours(Integer escalationHours) {
        this.escalationHours = escalationHours;
    }

    public List<Long> getUnavailable() {
        return unavailable;
    }

    public void setUnavailable(List<Long> unavailable) {
        this.unavailable = unavailable;
    }
}
