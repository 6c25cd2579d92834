package nl.kompas.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.kompas.contact.ContactRouter.Candidate;
import nl.kompas.contact.ContactRouter.Facts;
import nl.kompas.contact.ContactRouter.Rules;
import org.junit.jupiter.api.Test;

/** Each routing rule, in order, switched on and off, and the spreading by open requests. */
class ContactRouterTest {

    private static final Rules ALL = new Rules(true, true, true);
    private static final Candidate ANNE = new Candidate(1, "Anne", 3);
    private static final Candidate ILSE = new Candidate(2, "Ilse", 1);
    private static final Candidate SANNE = new Candidate(3, "Sanne", 1);

    @Test
    void aProfilePageWinsOverEverythingElse() {
        RoutingDecision decision =
                ContactRouter.decide(ALL, new Facts(ANNE, "Intervisie", List.of(ILSE), true, List.of(SANNE)));
        assertEquals(1L, decision.consultantId());
        assertEquals(RoutingRule.CONSULTANT_PAGE, decision.rule());
        assertEquals(List.of("Anne"), decision.arguments());
    }

    @Test
    void aTopicGoesToTheLeastBusyCoveringConsultantTheLowerIdOnATie() {
        RoutingDecision decision =
                ContactRouter.decide(ALL, new Facts(null, "Intervisie", List.of(ANNE, SANNE, ILSE), false, List.of()));
        assertEquals(2L, decision.consultantId(), "Ilse and Sanne have one open each; Ilse's id is lower");
        assertEquals(RoutingRule.TOPIC, decision.rule());
        assertEquals(List.of("Ilse", "Intervisie", "1", "3"), decision.arguments());
    }

    @Test
    void aTopicNobodyCoversGoesToTheGeneralInboxEvenFromAnArticle() {
        RoutingDecision decision =
                ContactRouter.decide(ALL, new Facts(null, "Intervisie", List.of(), true, List.of(ANNE)));
        assertNull(decision.consultantId());
        assertEquals(RoutingRule.GENERAL_INBOX, decision.rule());
        assertEquals("routing.reason.topic-uncovered", decision.reason());
    }

    @Test
    void anArticleWithoutTopicGoesToItsCoveringAuthorElseTheInbox() {
        assertEquals(
                RoutingRule.ARTICLE_AUTHOR,
                ContactRouter.decide(ALL, new Facts(null, null, List.of(), true, List.of(ANNE)))
                        .rule());
        RoutingDecision uncovered = ContactRouter.decide(ALL, new Facts(null, null, List.of(), true, List.of()));
        assertEquals(RoutingRule.GENERAL_INBOX, uncovered.rule());
        assertEquals("routing.reason.author-uncovered", uncovered.reason());
    }

    @Test
    void rulesSwitchedOffAreSkipped() {
        Rules none = new Rules(false, false, false);
        assertEquals(
                RoutingRule.GENERAL_INBOX,
                ContactRouter.decide(none, new Facts(ANNE, null, List.of(), false, List.of()))
                        .rule());
        assertEquals(
                "routing.reason.topic-off",
                ContactRouter.decide(none, new Facts(null, "Intervisie", List.of(ILSE), false, List.of()))
                        .reason());
        assertEquals(
                "routing.reason.author-off",
                ContactRouter.decide(none, new Facts(null, null, List.of(), true, List.of(ANNE)))
                        .reason());
        assertEquals(
                "routing.reason.none",
                ContactRouter.decide(ALL, new Facts(null, null, List.of(), false, List.of()))
                        .reason());
    }

    @Test
    void theDecisionIsStoredAsItsKeyAndValues() {
        RoutingDecision decision = RoutingDecision.of(2L, RoutingRule.TOPIC, "routing.reason.topic", "A|B", "X", 1, 2);
        assertEquals("routing.reason.topic|A B|X|1|2", decision.stored());
        assertEquals(List.of("routing.reason.topic", "A B", "X", "1", "2"), RoutingDecision.parts(decision.stored()));
    }
}
