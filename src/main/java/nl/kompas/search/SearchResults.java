package nl.kompas.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total how many items match, on every page together
 * @param page the page shown, from 1; within 1 and {@code pageCount}
 * @param suggestion a query that does find something, when this one found nothing and a word
 *     looks misspelt; null otherwise
 */
public record SearchResults(int total, int page, int pageCount, List<SearchHit> hits, SearchQuery suggestion) {

    static SearchResults none(SearchQuery suggestion) {
        return new SearchResults(0, 1, 1, List.of(), suggestion);
    }
}
