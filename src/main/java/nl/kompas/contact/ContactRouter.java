package nl.kompas.contact;

import java.util.Comparator;
import java.util.List;

/**
 * Chooses who gets a request, from facts gathered beforehand (so the rules are plain logic and can be
 * tested on their own). The first rule that applies decides, and is stored with the request:
 *
 * <ol>
 *   <li>sent from a consultant's profile: that consultant;
 *   <li>a topic (service) chosen: of the consultants who cover it, the one with the fewest open
 *       requests (new or in progress), the longest-serving (lowest id) on a tie;
 *   <li>sent from an article without a topic: the article's author who covers one of the services
 *       the article is about (a category or tag with the service's slug), the least busy first;
 *   <li>otherwise the general inbox.
 * </ol>
 *
 * An admin can switch each of the first three off, and mark consultants unavailable: they are left
 * out of every rule.
 */
public final class ContactRouter {

    /** A consultant who could get the request, with the number of requests they have open. */
    public record Candidate(long consultantId, String name, long openRequests) {}

    /**
     * The facts of one request.
     *
     * @param pageConsultant the consultant whose profile the form was on, if available
     * @param topicTitle the chosen service's title, or null
     * @param topicCandidates available consultants covering the chosen service
     * @param fromArticle whether the form was on an article
     * @param coveringAuthors the article's available authors who cover one of its services
     */
    public record Facts(
            Candidate pageConsultant,
            String topicTitle,
            List<Candidate> topicCandidates,
            boolean fromArticle,
            List<Candidate> coveringAuthors) {}

    /** Which rules an admin has switched on. */
    public record Rules(boolean consultantPage, boolean topic, boolean articleAuthor) {}

    private static final Comparator<Candidate> LEAST_BUSY =
            Comparator.comparingLong(Candidate::openRequests).thenComparingLong(Candidate::consultantId);

    private ContactRouter() {}

    public static RoutingDecision decide(Rules rules, Facts facts) {
        if (rules.consultantPage() && facts.pageConsultant() != null) {
            Candidate consultant = facts.pageConsultant();
            return RoutingDecision.of(
                    consultant.consultantId(),
                    RoutingRule.CONSULTANT_PAGE,
                    "routing.reason.consultant-page",
                    consultant.name());
        }
        if (facts.topicTitle() != null) {
            if (!rules.topic()) {
                return RoutingDecision.of(null, RoutingRule.GENERAL_INBOX, "routing.reason.topic-off");
            }
            return facts.topicCandidates().stream()
                    .min(LEAST_BUSY)
                    .map(least -> RoutingDecision.of(
                            least.consultantId(),
                            RoutingRule.TOPIC,
                            "routing.reason.topic",
                            least.name(),
                            facts.topicTitle(),
                            least.openRequests(),
                            facts.topicCandidates().size()))
                    .orElse(RoutingDecision.of(
                            null, RoutingRule.GENERAL_INBOX, "routing.reason.topic-uncovered", facts.topicTitle()));
        }
        if (facts.fromArticle()) {
            if (!rules.articleAuthor()) {
                return RoutingDecision.of(null, RoutingRule.GENERAL_INBOX, "routing.reason.author-off");
            }
            return facts.coveringAuthors().stream()
                    .min(LEAST_BUSY)
                    .map(author -> RoutingDecision.of(
                            author.consultantId(), RoutingRule.ARTICLE_AUTHOR, "routing.reason.author", author.name()))
                    .orElse(RoutingDecision.of(null, RoutingRule.GENERAL_INBOX, "routing.reason.author-uncovered"));
        }
        return RoutingDecision.of(null, RoutingRule.GENERAL_INBOX, "routing.reason.none");
    }
}
