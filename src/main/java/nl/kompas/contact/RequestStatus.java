package nl.kompas.contact;

/** Where a request stands: nieuw → in behandeling → afgerond (with an {@link Outcome}). */
public enum RequestStatus {
    NEW,
    IN_PROGRESS,
    CLOSED
}
