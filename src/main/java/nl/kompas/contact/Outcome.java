package nl.kompas.contact;

/** How a closed request ended: gewonnen, verloren, geen match. */
public enum Outcome {
    WON,
    LOST,
    NO_MATCH
}
