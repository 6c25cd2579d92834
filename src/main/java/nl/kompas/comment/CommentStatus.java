package nl.kompas.comment;

/** A comment waits until a moderator decides; only {@link #APPROVED} comments are shown. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SPAM
}
