package nl.kompas.editing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An admin list as JPQL: which columns may be filtered and how, which may be sorted, and the
 * list's own order. A {@link ListRequest} becomes a query that pages, sorts and filters in the
 * database, so the list stays quick with thousands of items; only the known columns are used, and
 * a value that means nothing (an unknown status) is ignored rather than failing. Built once per
 * kind, then only read.
 */
public final class ListQuery {

    private enum Match {
        CONTAINS,
        EQUALS,
        ID
    }

    private record Filter(String path, Match match, Class<? extends Enum<?>> enumType) {}

    private final String select;
    private final String entity;
    private final String alias;
    private final Map<String, Filter> filters = new LinkedHashMap<>();
    private final Map<String, String> sortable = new LinkedHashMap<>();
    private String defaultSort;
    private boolean defaultAscending;

    /**
     * @param select the projection, such as "select new nl.kompas.casestudy.CaseRow(c.id, c.title)"
     * @param entity the entity and its alias, such as "CaseStudy c"
     */
    public ListQuery(String select, String entity) {
        this.select = select;
        this.entity = entity;
        this.alias = entity.substring(entity.lastIndexOf(' ') + 1);
    }

    /** A column filtered by text it contains, in any case. */
    public ListQuery contains(String field, String path) {
        filters.put(field, new Filter(path, Match.CONTAINS, null));
        return this;
    }

    /** A column filtered by one value of an enum, such as a status. */
    public ListQuery equalTo(String field, String path, Class<? extends Enum<?>> type) {
        filters.put(field, new Filter(path, Match.EQUALS, type));
        return this;
    }

    /** A column filtered by an id, such as the one item a person may list. */
    public ListQuery id(String field, String path) {
        filters.put(field, new Filter(path, Match.ID, null));
        return this;
    }

    public ListQuery sortable(String field, String path) {
        sortable.put(field, path);
        return this;
    }

    /** The order when the table asks for none: a sortable column. */
    public ListQuery orderedBy(String field, boolean ascending) {
        this.defaultSort = field;
        this.defaultAscending = ascending;
        return this;
    }

    /** One page of rows. */
    public <R> List<R> page(EntityManager em, Class<R> rowType, ListRequest request, int first, int max) {
        TypedQuery<R> query = em.createQuery(select + " from " + entity + where(request) + orderBy(request), rowType);
        bind(query, request);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many rows the filters leave. */
    public long count(EntityManager em, ListRequest request) {
        TypedQuery<Long> query =
                em.createQuery("select count(" + alias + ") from " + entity + where(request), Long.class);
        bind(query, request);
        return query.getSingleResult();
    }

    String where(ListRequest request) {
        List<String> conditions = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Filter> column : filters.entrySet()) {
            Object value = value(column.getValue(), request.filter(column.getKey()));
            if (value != null) {
                conditions.add(
                        column.getValue().match() == Match.CONTAINS
                                ? "lower(" + column.getValue().path() + ") like :f" + index + " escape '\\'"
                                : column.getValue().path() + " = :f" + index);
            }
            index++;
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Ties are broken by id, so that paging never shows a row twice or skips one. */
    String orderBy(ListRequest request) {
        boolean known = request.sortField() != null && sortable.containsKey(request.sortField());
        String path = sortable.get(known ? request.sortField() : defaultSort);
        String direction = (known ? request.ascending() : defaultAscending) ? " asc" : " desc";
        return " order by " + path + direction + ", " + alias + ".id" + direction;
    }

    private void bind(TypedQuery<?> query, ListRequest request) {
        int index = 0;
        for (Map.Entry<String, Filter> column : filters.entrySet()) {
            Object value = value(column.getValue(), request.filter(column.getKey()));
            if (value != null) {
                query.setParameter("f" + index, value);
            }
            index++;
        }
    }

    /** The value to bind, or null when there is none or it means nothing for the column. */
    private static Object value(Filter filter, String entered) {
        if (entered == null || entered.isBlank()) {
            return null;
        }
        if (filter.match() == Match.CONTAINS) {
            return containing(entered);
        }
        if (filter.match() == Match.ID) {
            try {
                return Long.valueOf(entered);
            } catch (NumberFormatException notAnId) {
                return null;
            }
        }
        for (Enum<?> constant : filter.enumType().getEnumConstants()) {
            if (constant.name().equals(entered)) {
                return constant;
            }
        }
        return null;
    }

    /** A LIKE pattern for text anywhere, in lower case; a % or _ typed is matched as itself. */
    public static String containing(String text) {
        String escaped = (text == null ? "" : text.strip().toLowerCase(Locale.ROOT))
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
