package nl.kompas.newsletter;

/** Where an address stands. Only {@link #CONFIRMED} addresses receive the newsletter. */
public enum SubscriberStatus {
    /** Asked to subscribe; the confirmation link has not been used yet. */
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED
}
