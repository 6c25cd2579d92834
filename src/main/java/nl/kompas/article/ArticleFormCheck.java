package nl.kompas.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kompas.account.Actor;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.Slug;
import nl.kompas.editing.FormChecks;

/**
 * Checks an article form field by field and gives back its values ready to store, or refuses it
 * with a message per field. All problems are found at once, so the editor fixes them in one go.
 */
@ApplicationScoped
class ArticleFormCheck {

    static final int MAX_TYPE_LABEL = 60;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_IMAGE = 500;

    @Inject
    ArticleRepository articles;

    @Inject
    ConsultantRepository consultants;

    /** The form's values, checked. Category and tag names are kept by name, created when stored. */
    record Checked(
            String title,
            String slug,
            LocalDate date,
            String typeLabel,
            String summary,
            List<Consultant> authors,
            List<String> categories,
            List<String> tags,
            String series,
            Integer part,
            String image,
            String imageAlt,
            boolean commentsOpen,
            String body) {}

    /**
     * @param article the stored article, or null for a new one
     * @param needsAuthor whether the step makes the article public or due to be (publish, schedule)
     */
    Checked check(Actor actor, ArticleForm form, Article article, boolean needsAuthor) {
        InvalidEdit.Collector errors = new InvalidEdit.Collector();
        Long id = article == null ? null : article.getId();
        String title = FormChecks.required(
                form.getTitle(), "title", "editing.error.title.required", FormChecks.MAX_TITLE, errors);
        String slug = FormChecks.slug(form.getSlug(), title, id, articles::findBySlug, errors);
        if (form.getDate() == null) {
            errors.add("date", "editing.error.date.required");
        }
        String typeLabel = FormChecks.optional(form.getTypeLabel(), "typeLabel", MAX_TYPE_LABEL, errors);
        String summary = FormChecks.optional(form.getSummary(), "summary", MAX_SUMMARY, errors);
        List<Consultant> authors = checkAuthors(actor, form, needsAuthor, errors);
        List<String> categories = names(form.getCategories(), "categories", Category.MAX_NAME_LENGTH, errors);
        List<String> tags = names(form.getTags(), "tags", Tag.MAX_NAME_LENGTH, errors);
        String series = strip(form.getSeries());
        Integer part = checkSeries(series, strip(form.getPart()), id, errors);
        String[] image = FormChecks.image(form.getImage(), form.getImageAlt(), MAX_IMAGE, errors);
        errors.throwIfAny();
        return new Checked(
                title,
                slug,
                form.getDate(),
                typeLabel,
                summary,
                authors,
                categories,
                tags,
                series,
                part,
                image[0],
                image[1],
                commentsOpen(actor, form, article),
                form.getBody());
    }

    /** Only editors open or close an article to comments; anyone else's save keeps what it was. */
    private static boolean commentsOpen(Actor actor, ArticleForm form, Article article) {
        if (EditingRights.isEditor(actor)) {
            return form.isCommentsOpen();
        }
        return article == null || article.isCommentsOpen();
    }

    private List<Consultant> checkAuthors(
            Actor actor, ArticleForm form, boolean needsAuthor, InvalidEdit.Collector errors) {
        List<Consultant> authors = new ArrayList<>();
        for (Long authorId : form.getAuthorIds()) {
            Optional<Consultant> author = authorId == null ? Optional.empty() : consultants.find(authorId);
            if (author.isEmpty()) {
                errors.add("authors", "editing.error.authors.unknown");
            } else if (!authors.contains(author.get())) {
                authors.add(author.get());
            }
        }
        if (needsAuthor && authors.isEmpty()) {
            errors.add("authors", "editing.error.authors.required");
        }
        // A consultant who took themselves off an article could no longer open it.
        if (!EditingRights.isEditor(actor)
                && authors.stream().noneMatch(author -> author.getId().equals(actor.consultantId()))) {
            errors.add("authors", "editing.error.authors.self");
        }
        return authors;
    }

    /** Names of categories or tags: each with letters or digits and short enough, each once. */
    private static List<String> names(List<String> entered, String field, int max, InvalidEdit.Collector errors) {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String name : entered) {
            String stripped = strip(name);
            if (stripped == null) {
                continue;
            }
            if (Slug.from(stripped).isEmpty()) {
                errors.add(field, "editing.error.name.letters", stripped);
            } else if (stripped.length() > max) {
                errors.add(field, "editing.error.name.long", stripped, max);
            } else {
                bySlug.putIfAbsent(Slug.from(stripped), stripped);
            }
        }
        return List.copyOf(bySlug.values());
    }

    /** A series needs a part number from 1 that no other article of the series has. */
    private Integer checkSeries(String series, String part, Long id, InvalidEdit.Collector errors) {
        if (series == null) {
            if (part != null) {
                errors.add("series", "editing.error.series.required");
            }
            return null;
        }
        if (Slug.from(series).isEmpty()) {
            errors.add("series", "editing.error.name.letters", series);
            return null;
        }
        if (series.length() > FormChecks.MAX_TITLE) {
            errors.add("series", "editing.error.too.long", FormChecks.MAX_TITLE);
            return null;
        }
        if (part == null) {
            errors.add("part", "editing.error.part.required");
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(part);
        } catch (NumberFormatException e) {
            errors.add("part", "editing.error.part.number");
            return null;
        }
        if (number < 1) {
            errors.add("part", "editing.error.part.number");
            return null;
        }
        articles.findSeries(Slug.from(series))
                .flatMap(existing -> articles.findPartOfSeries(existing, number, id))
                .ifPresent(other -> errors.add("part", "editing.error.part.taken", number, other.getTitle()));
        return number;
    }

    private static String strip(String text) {
        return FormChecks.strip(text);
    }
}
