package nl.kompas.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kompas.account.Actor;
import nl.kompas.article.Article;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileException;
import nl.kompas.content.Revisions;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingFile;
import nl.kompas.transfer.ContentArchive.MediaFile;
import nl.kompas.transfer.ContentArchive.TextFile;
import nl.kompas.transfer.ItemKinds.Kind;

/**
 * Reads every file of an import into the database, in the transaction of the caller, and says
 * what each did: the preview rolls that transaction back, applying commits it. So the preview is
 * not a guess: every rule of the content files, every reference and every constraint of the
 * database has been met by the time it is shown.
 *
 * <p>Items are found by slug. A new slug is loaded as the content loader loads a file; a known one
 * is updated by the same rules. Whether it changed, and which fields, is read from what the content
 * file writers make of the item before and after: the same text the export would hold.
 */
@ApplicationScoped
public class ImportRun {

    /** Articles read between two clears of the persistence context: a large import stays small in memory. */
    private static final int ARTICLES_PER_CLEAR = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    ItemKinds kinds;

    @Inject
    OfferingFile offeringFile;

    @Inject
    CaseStudyRepository cases;

    @Inject
    SiteMedia media;

    @Inject
    Revisions revisions;

    /** What a run found, with the database id of each item it added or changed, for the audit log. */
    public record Result(ImportPreview preview, Map<String, Long> ids) {}

    /**
     * Must run inside a transaction, which the caller commits or rolls back.
     *
     * @param actor who imports, named in the revisions of the articles the import adds or changes
     */
    public Result run(ContentArchive archive, Actor actor) {
        Run run = new Run(archive, actor);
        run.all();
        return new Result(
                new ImportPreview(List.copyOf(run.items.values()), run.problems, run.notices), Map.copyOf(run.ids));
    }

    /** An updated item whose fields are compared once nothing else in the run can change it. */
    private record Updated<T>(Kind<T> kind, String path, String slug, String before) {}

    /** The state of one run over one zip. */
    private final class Run {
        final ContentArchive archive;
        final Actor actor;
        final Map<String, ImportItem> items = new LinkedHashMap<>();
        final Map<String, Long> ids = new HashMap<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final List<ImportNotice> notices;
        final Map<String, String> pathsBySlug = new HashMap<>();
        final Set<String> caseSlugs = new HashSet<>(cases.allSlugs());
        final Map<String, List<String>> servicesNamedByCase = new HashMap<>();
        final Map<String, ContentFile> serviceFiles = new LinkedHashMap<>();
        final List<Updated<?>> comparedLater = new ArrayList<>();
        boolean stopped;

        final Kind<Offering> service = kinds.services(caseSlugs);
        final Kind<Consultant> consultant = kinds.consultants();
        final Kind<CaseStudy> caseStudy = kinds.cases();
        final Kind<Article> article = kinds.articles();

        Run(ContentArchive archive, Actor actor) {
            this.archive = archive;
            this.actor = actor;
            this.notices = new ArrayList<>(archive.notices());
        }

        /** In the content loader's order: each kind may name items of the kinds before it. */
        void all() {
            // A service page may name a case whose file comes later in this same zip.
            for (TextFile text : archive.textFiles("cases")) {
                parseQuietly(text).ifPresent(file -> {
                    try {
                        caseSlugs.add(file.slug());
                        servicesNamedByCase.put(file.slug(), file.frontMatter().list("services"));
                    } catch (ContentFileException e) {
                        // Reported when the file itself is read.
                    }
                });
            }
            archive.textFiles("services")
                    .forEach(text -> read(text, service, true).ifPresent(file -> serviceFiles.put(text.path(), file)));
            archive.textFiles("consultants").forEach(text -> read(text, consultant, false));
            archive.textFiles("cases").forEach(text -> read(text, caseStudy, true));
            linkServicePagesToCases();
            comparedLater.forEach(this::compare);
            int read = 0;
            for (TextFile text : archive.textFiles("articles")) {
                read(text, article, false);
                if (++read % ARTICLES_PER_CLEAR == 0 && !stopped) {
                    em.clear();
                }
            }
            archive.mediaFiles().forEach(this::compareMedia);
        }

        /**
         * Reads one file into the database: loads it when its slug is new, updates the item when
         * not. Problems are noted, and the next file is read; only a failure of the database
         * itself stops the run, as the transaction cannot go on after it.
         *
         * @param compareLater whether later steps of the run can still change the item (a case's
         *     links to service pages), so it is compared at the end
         */
        <T> Optional<ContentFile> read(TextFile text, Kind<T> kind, boolean compareLater) {
            if (stopped) {
                return Optional.empty();
            }
            try {
                ContentFile file = ContentFile.parse(text.path(), utf8(archive.read(text)));
                file.frontMatter()
                        .unknownKeys(kind.keys())
                        .forEach((key, line) ->
                                notices.add(new ImportNotice(text.path(), line, "transfer.notice.unknown-key", key)));
                String slug = file.slug();
                String earlier = pathsBySlug.putIfAbsent(kind.name() + ":" + slug, text.path());
                if (earlier != null) {
                    throw file.error(
                            "slug",
                            "'" + slug + "' is the slug of " + earlier + " in this zip as well; slugs must differ");
                }
                Optional<T> existing = kind.find().apply(slug);
                if (existing.isEmpty()) {
                    kind.load().accept(file);
                    em.flush();
                    T created = kind.find().apply(slug).orElseThrow();
                    items.put(text.path(), item(kind, text.path(), kind.title().apply(created), ImportOutcome.NEW));
                    ids.put(text.path(), kind.id().apply(created));
                    keepRevision(
                            kind,
                            kind.id().apply(created),
                            "transfer.created",
                            kind.write().apply(created));
                } else {
                    String before = kind.write().apply(existing.get());
                    keepLoadedStateOnce(kind, kind.id().apply(existing.get()), before);
                    kind.update().accept(file, existing.get());
                    em.flush();
                    Updated<T> updated = new Updated<>(kind, text.path(), slug, before);
                    if (compareLater) {
                        // Keeps the file's place in the list until it is compared.
                        items.put(text.path(), item(kind, text.path(), "", ImportOutcome.UNCHANGED));
                        comparedLater.add(updated);
                    } else {
                        compare(updated);
                    }
                }
                return Optional.of(file);
            } catch (ContentFileException e) {
                problems.add(ImportProblem.of(e));
            } catch (CharacterCodingException e) {
                problems.add(new ImportProblem(text.path(), 0, "is not UTF-8 text; save it as UTF-8"));
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(new ImportProblem(text.path(), 0, e.getMessage()));
            } catch (PersistenceException e) {
                problems.add(new ImportProblem(
                        text.path(),
                        0,
                        "could not be stored (" + rootMessage(e) + "); the files after it were not checked"));
                stopped = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Optional.empty();
        }

        /** Links each service page of the zip to the cases its file names, and to the cases whose files name it. */
        void linkServicePagesToCases() {
            if (stopped) {
                return;
            }
            serviceFiles
                    .values()
                    .forEach(file -> offeringFile.relinkCases(file, (linkedCase, offering) -> {
                        String casePath = pathsBySlug.get(caseStudy.name() + ":" + linkedCase.getSlug());
                        return casePath != null
                                && items.containsKey(casePath)
                                && servicesNamedByCase
                                        .getOrDefault(linkedCase.getSlug(), List.of())
                                        .contains(offering.getSlug());
                    }));
            em.flush();
        }

        <T> void compare(Updated<T> updated) {
            if (stopped) {
                items.remove(updated.path());
                return;
            }
            T entity = updated.kind().find().apply(updated.slug()).orElseThrow();
            // Read back as stored: lists the site keeps in its own order (categories by name,
            // a case's services by title) come back in that order, as an export writes them.
            em.refresh(entity);
            List<String> changed = FieldChanges.between(
                    updated.before(), updated.kind().write().apply(entity));
            String title = updated.kind().title().apply(entity);
            if (!changed.isEmpty()) {
                keepRevision(
                        updated.kind(),
                        updated.kind().id().apply(entity),
                        "transfer.updated",
                        updated.kind().write().apply(entity));
            }
            items.put(
                    updated.path(),
                    new ImportItem(
                            updated.kind().name(),
                            updated.path(),
                            title,
                            changed.isEmpty() ? ImportOutcome.UNCHANGED : ImportOutcome.CHANGED,
                            changed));
            ids.put(updated.path(), updated.kind().id().apply(entity));
        }

        /** An item with revisions keeps what the import made of it, as every save does. */
        <T> void keepRevision(Kind<T> kind, long id, String note, String text) {
            if (kind.revisionType() != null) {
                revisions.keep(kind.revisionType(), id, actor, note, text);
            }
        }

        /**
         * An item loaded from a content file has no revision yet: the import keeps the state it
         * had first, as the editor does at a first edit, so the change can be compared and undone.
         */
        <T> void keepLoadedStateOnce(Kind<T> kind, long id, String before) {
            if (kind.revisionType() != null
                    && revisions.latest(kind.revisionType(), id).isEmpty()) {
                revisions.keep(kind.revisionType(), id, null, kind.name() + ".loaded", before);
            }
        }

        void compareMedia(MediaFile file) {
            try {
                ImportOutcome outcome = media.outcome(file.name(), file.sha256());
                items.put(file.path(), new ImportItem("media", file.path(), file.name(), outcome, List.of()));
            } catch (IOException e) {
                problems.add(
                        new ImportProblem(file.path(), 0, "the site's own copy cannot be read: " + e.getMessage()));
            }
        }

        private Optional<ContentFile> parseQuietly(TextFile text) {
            try {
                return Optional.of(ContentFile.parse(text.path(), utf8(archive.read(text))));
            } catch (ContentFileException | IOException e) {
                return Optional.empty();
            }
        }

        private static <T> ImportItem item(Kind<T> kind, String path, String title, ImportOutcome outcome) {
            return new ImportItem(kind.name(), path, title, outcome, List.of());
        }
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
