package nl.kompas.newsletter;

/** An issue is written, then sent once; while it is being sent its batches are still going into the outbox. */
public enum IssueStatus {
    DRAFT,
    SENDING,
    SENT
}
