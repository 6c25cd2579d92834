package nl.kompas.article;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.kompas.account.CurrentActor;
import nl.kompas.platform.web.MessageFormats;
import org.primefaces.event.RowEditEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The categories-and-tags page: two lists paged in the database, a field to add one, rename in the row, delete. */
@Named
@ViewScoped
public class TaxonomyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Taxonomy taxonomy;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient MessageFormats messages;

    private final LazyDataModel<Row> categories = new Rows(Taxonomy.Kind.CATEGORY);
    private final LazyDataModel<Row> tags = new Rows(Taxonomy.Kind.TAG);
    private String newCategory;
    private String newTag;

    /** One line of a list: what the table shows and edits, detached from the entity. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String slug;
        private final long articles;
        private String name;
        private String description;
        private String englishName;
        private String englishDescription;

        Row(Taxonomy.Usage usage) {
            this.description = usage.term().getDescription();
            if (usage.term() instanceof Category category) {
                this.englishName = category.getEnglishName();
                this.englishDescription = category.getEnglishDescription();
            }
            this.id = usage.term().getId();
            this.slug = usage.term().getSlug();
            this.name = usage.term().getName();
            this.articles = usage.articles();
        }

        public long getId() {
            return id;
        }

        public String getSlug() {
            return slug;
        }

        public long getArticles() {
            return articles;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        /** A category's name on English pages; none for a tag. */
        public String getEnglishName() {
            return englishName;
        }

        public void setEnglishName(String englishName) {
            this.englishName = englishName;
        }

        public String getEnglishDescription() {
            return englishDescription;
        }

        public void setEnglishDescription(String englishDescription) {
            this.englishDescription = englishDescription;
        }
    }

    public LazyDataModel<Row> getCategories() {
        return categories;
    }

    public LazyDataModel<Row> getTags() {
        return tags;
    }

    public void addCategory() {
        if (attempt(() -> taxonomy.create(currentActor.get(), Taxonomy.Kind.CATEGORY, newCategory), "newCategory")) {
            done("taxonomy.created", newCategory);
            newCategory = null;
        }
    }

    public void addTag() {
        if (attempt(() -> taxonomy.create(currentActor.get(), Taxonomy.Kind.TAG, newTag), "newTag")) {
            done("taxonomy.created", newTag);
            newTag = null;
        }
    }

    /** A category's row also holds its English name and introduction, saved with the Dutch ones. */
    public void renameCategory(RowEditEvent<Row> event) {
        Row row = event.getObject();
        if (attempt(
                () -> {
                    taxonomy.update(
                            currentActor.get(),
                            Taxonomy.Kind.CATEGORY,
                            row.getId(),
                            row.getName(),
                            row.getDescription());
                    taxonomy.translate(
                            currentActor.get(), row.getId(), row.getEnglishName(), row.getEnglishDescription());
                },
                null)) {
            done("taxonomy.saved", row.getName());
        }
    }

    public void renameTag(RowEditEvent<Row> event) {
        rename(Taxonomy.Kind.TAG, event.getObject());
    }

    public void deleteCategory(Row row) {
        delete(Taxonomy.Kind.CATEGORY, row);
    }

    public void deleteTag(Row row) {
        delete(Taxonomy.Kind.TAG, row);
    }

    /** A row edit saves the name and the introduction together. */
    private void rename(Taxonomy.Kind kind, Row row) {
        if (attempt(
                () -> taxonomy.update(currentActor.get(), kind, row.getId(), row.getName(), row.getDescription()),
                null)) {
            done("taxonomy.saved", row.getName());
        }
    }

    private void delete(Taxonomy.Kind kind, Row row) {
        if (attempt(() -> taxonomy.delete(currentActor.get(), kind, row.getId()), null)) {
            done("taxonomy.deleted", row.getName());
        }
    }

    /** Runs an action; a refusal becomes a message on the field (or the page) in the editor's language. */
    private boolean attempt(Runnable action, String field) {
        try {
            action.run();
            return true;
        } catch (Taxonomy.Refusal refusal) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            field == null ? null : "taxonomy:" + field,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    messages.message(refusal.messageKey(), refusal.arguments()),
                                    null));
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    private void done(String key, String name) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.message(key, name), null));
    }

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }

    public String getNewTag() {
        return newTag;
    }

    public void setNewTag(String newTag) {
        this.newTag = newTag;
    }

    private final class Rows extends LazyDataModel<Row> {
        private static final long serialVersionUID = 1L;
        private final Taxonomy.Kind kind;

        Rows(Taxonomy.Kind kind) {
            this.kind = kind;
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) taxonomy.count(kind, nameFilter(filters));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
            SortMeta sort = sortBy.get("articles");
            boolean byUse = sort != null && sort.getOrder() != SortOrder.UNSORTED;
            return taxonomy.page(kind, nameFilter(filters), byUse, first, pageSize).stream()
                    .map(Row::new)
                    .toList();
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.getId());
        }

        private static String nameFilter(Map<String, FilterMeta> filters) {
            FilterMeta name = filters.get("name");
            return name == null || name.getFilterValue() == null
                    ? null
                    : name.getFilterValue().toString();
        }
    }
}
