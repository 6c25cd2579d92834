package nl.kompas.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.kompas.content.EditableItem;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.SitePath;
import nl.kompas.content.Slug;

/**
 * The checks that the forms of every kind of item share: texts that are required or have a
 * maximum, a slug that is valid and the item's own, an image on this site, a publication time to
 * come. Each adds its message to the field it checks, so a form is answered all at once.
 */
public final class FormChecks {

    /** The longest title of any item (the database column's size). */
    public static final int MAX_TITLE = 300;

    private FormChecks() {}

    /** The text without surrounding space; null when nothing but space was typed. */
    public static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A text that must be there, at most {@code max} characters. */
    public static String required(
            String entered, String field, String requiredKey, int max, InvalidEdit.Collector errors) {
        String text = strip(entered);
        if (text == null) {
            errors.add(field, requiredKey);
        } else if (text.length() > max) {
            errors.add(field, "editing.error.too.long", max);
        }
        return text;
    }

    /** A text that may be left empty (null then), at most {@code max} characters. */
    public static String optional(String entered, String field, int max, InvalidEdit.Collector errors) {
        String text = strip(entered);
        if (text != null && text.length() > max) {
            errors.add(field, "editing.error.too.long", max);
        }
        return text;
    }

    /**
     * The slug as entered, or made from the title (or name) when left empty; valid, and not
     * another item's of the same kind.
     *
     * @param id the item's own id; null for a new one
     * @param holder finds the item of this kind that has a slug now
     */
    public static String slug(
            String entered,
            String source,
            Long id,
            Function<String, Optional<? extends EditableItem>> holder,
            InvalidEdit.Collector errors) {
        String typed = strip(entered);
        String slug = typed != null ? typed : source == null ? null : Slug.from(source);
        if (slug == null || slug.isEmpty()) {
            if (source != null) {
                errors.add("slug", "editing.error.slug.required");
            }
            return null;
        }
        if (!Slug.isValid(slug)) {
            errors.add("slug", "editing.error.slug.invalid", Slug.MAX_LENGTH, Slug.from(slug));
            return null;
        }
        Optional<? extends EditableItem> other = holder.apply(slug);
        if (other.isPresent() && !other.get().getId().equals(id)) {
            errors.add("slug", "editing.error.slug.taken", other.get().getLabel());
        }
        return slug;
    }

    /** An image's address: empty, or a path on this site (see {@link SitePath}). */
    public static String sitePath(String entered, String field, int max, InvalidEdit.Collector errors) {
        String path = strip(entered);
        if (path != null && (!SitePath.isValid(path) || path.length() > max)) {
            errors.add(field, "editing.error.image.path");
        }
        return path;
    }

    /**
     * An image and its alt text as entered: {@code {image, alt}}, the alt text only with an image.
     * An image needs alt text, since a visitor who cannot see it must still know what it shows.
     */
    public static String[] image(String enteredImage, String enteredAlt, int max, InvalidEdit.Collector errors) {
        String image = sitePath(enteredImage, "image", max, errors);
        String alt = strip(enteredAlt);
        if (image != null && alt == null) {
            errors.add("imageAlt", "editing.error.image.alt.required");
        } else if (alt != null && alt.length() > max) {
            errors.add("imageAlt", "editing.error.too.long", max);
        }
        return new String[] {image, image == null ? null : alt};
    }

    /**
     * The items a multi-select chose, each once, in the order chosen; an id that names nothing
     * (an item deleted meanwhile, or a forged request) is a problem of the field.
     */
    public static <T> List<T> linked(
            List<Long> ids, Function<Long, Optional<T>> find, String field, InvalidEdit.Collector errors) {
        List<T> found = new ArrayList<>();
        for (Long id : ids) {
            Optional<T> item = id == null ? Optional.empty() : find.apply(id);
            if (item.isEmpty()) {
                errors.add(field, "editing.error.link.unknown");
            } else if (!found.contains(item.get())) {
                found.add(item.get());
            }
        }
        return found;
    }

    /** Refuses a publication time that is missing or not in the future. */
    public static void publishAt(Instant at, Instant now) {
        InvalidEdit.Collector errors = new InvalidEdit.Collector();
        if (at == null) {
            errors.add("publishAt", "editing.error.publish.at.required");
        } else if (!at.isAfter(now)) {
            errors.add("publishAt", "editing.error.publish.at.past");
        }
        errors.throwIfAny();
    }
}
