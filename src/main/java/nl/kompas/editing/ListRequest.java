package nl.kompas.editing;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kompas.content.PublicationStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * What an admin table asks for, taken out of PrimeFaces' terms: the filter values typed or chosen
 * per column, and the column to sort by. Nothing in it is trusted: {@link ListQuery} uses only the
 * columns it knows.
 *
 * @param filters per column name, the non-blank value entered
 * @param sortField the column to sort by, or null for the list's own order
 * @param ascending the direction
 */
public record ListRequest(Map<String, String> filters, String sortField, boolean ascending) implements Serializable {

    public ListRequest {
        filters = Map.copyOf(filters);
    }

    /** No filters, the list's own order. */
    public static ListRequest all() {
        return new ListRequest(Map.of(), null, false);
    }

    /**
     * The items of one status as the dashboard lists them: scheduled ones in the order they will
     * appear (the column "publishAt"), the others most recently changed first ("updatedAt").
     */
    public static ListRequest queue(PublicationStatus status) {
        Map<String, String> filters = Map.of("status", status.name());
        return status == PublicationStatus.SCHEDULED
                ? new ListRequest(filters, "publishAt", true)
                : new ListRequest(filters, "updatedAt", false);
    }

    /** A table's sort and filters; the first sorted column counts, blank filters are left out. */
    public static ListRequest of(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = false;
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED) {
                sortField = meta.getField();
                ascending = meta.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filterBy.forEach((field, meta) -> {
            Object value = meta == null ? null : meta.getFilterValue();
            if (value != null && !value.toString().isBlank()) {
                filters.put(field, value.toString().strip());
            }
        });
        return new ListRequest(filters, sortField, ascending);
    }

    /** The value entered for a column, or null. */
    public String filter(String field) {
        return filters.get(field);
    }
}
