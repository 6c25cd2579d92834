package nl.kompas.editing;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The rows of an admin table, loaded a page at a time: PrimeFaces' sort and filters become a
 * {@link ListRequest} for the table's {@link Source}, which asks the database.
 */
public final class AdminRows<R extends AdminRows.Row> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** A row of an admin list, known by its item's id. */
    public interface Row extends Serializable {
        Long getId();
    }

    /** Where a table's rows come from: usually the table's view-scoped bean itself. */
    public interface Source<R> extends Serializable {
        long count(ListRequest request);

        List<R> page(ListRequest request, int first, int max);
    }

    private final Source<R> source;

    public AdminRows(Source<R> source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.count(ListRequest.of(Map.of(), filterBy));
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return source.page(ListRequest.of(sortBy, filterBy), first, pageSize);
    }

    @Override
    public String getRowKey(R row) {
        return String.valueOf(row.getId());
    }

    @Override
    public R getRowData(String rowKey) {
        return null;
    }
}
