package nl.kompas.search;

/** The search index cannot answer: it is still being built, or it could not be opened. */
public class SearchUnavailableException extends RuntimeException {

    SearchUnavailableException(String message) {
        super(message);
    }
}
