package nl.kompas.contact;

/** The rule that chose who gets a request; stored with it. The first that applies decides, in this order. */
public enum RoutingRule {
    /** Sent from a consultant's profile: that consultant. */
    CONSULTANT_PAGE,
    /** A topic (a service) was chosen: the consultant covering it with the fewest open requests. */
    TOPIC,
    /** Sent from an article without a topic: its author, when they cover the article's service. */
    ARTICLE_AUTHOR,
    /** Anything else: the general inbox. */
    GENERAL_INBOX
}
