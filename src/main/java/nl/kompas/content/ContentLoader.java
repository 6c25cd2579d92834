package nl.kompas.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleFile;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyFile;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.consultant.ConsultantFile;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingFile;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.SiteLanguage;

/**
 * Loads the Markdown files of the content folder into the database at start-up.
 *
 * <p>Each file is loaded once: a record of every loaded file makes a restart load only files it
 * has not loaded before, so data is never duplicated and items an editor removed do not come
 * back. A file that fails is not recorded, so it is tried again once it has been fixed. A loaded
 * file that has been edited since is not loaded again either, but the log says so at every start:
 * otherwise the edit would seem to have been lost.
 *
 * <p>Files load in the order their references need: service pages, consultants (who cover
 * services), cases (which name both), then the cases named by service pages, then articles
 * (written by consultants). A broken file is logged with its line and skipped; so is a file whose
 * {@code translation} names no item of its kind in the other language. Last, the items are linked
 * to the translations their files name ({@code translation: <slug>}).
 */
@ApplicationScoped
public class ContentLoader {

    private static final Logger LOG = Logger.getLogger(ContentLoader.class.getName());

    @Inject
    SiteConfig site;

    @Inject
    ContentFileTransaction transaction;

    @Inject
    OfferingFile offeringFile;

    @Inject
    ConsultantFile consultantFile;

    @Inject
    CaseStudyFile caseStudyFile;

    @Inject
    ArticleFile articleFile;

    @Inject
    CaseStudyRepository cases;

    @Inject
    Translations translations;

    private volatile boolean loaded;
    private volatile Report lastReport = new Report(0, List.of(), List.of());

    /**
     * The outcome of one load: how many files went in, what was wrong with the others, and which
     * files had been loaded before but have changed since, whose changes were not applied.
     */
    public record Report(int loadedFiles, List<ContentFileException> problems, List<String> changedSinceLoaded) {}

    public Report loadNewFiles() {
        Path root = site.getContentDir();
        Run run = new Run();
        if (!Files.isDirectory(root)) {
            LOG.warning(() -> "Content folder " + root + " does not exist; no content was loaded");
        } else {
            loadFolders(root, run);
        }
        run.problems.forEach(problem -> LOG.warning("Content file not loaded: " + problem.describe()));
        LOG.info(() -> "Content loaded from " + root + ": " + run.loaded + " new files, " + run.problems.size()
                + " with problems");
        lastReport = new Report(run.loaded, List.copyOf(run.problems), List.copyOf(run.changed));
        loaded = true;
        return lastReport;
    }

    private void loadFolders(Path root, Run run) {
        List<Pending> services = read(root, "services", run);
        List<Pending> consultants = read(root, "consultants", run);
        List<Pending> caseFiles = read(root, "cases", run);
        List<Pending> articles = read(root, "articles", run);

        // A service page may name a case whose file comes later in this same run.
        Set<String> caseSlugs = new HashSet<>(cases.allSlugs());
        caseFiles.forEach(pending -> slugOf(pending).ifPresent(caseSlugs::add));

        Map<String, SiteLanguage> serviceLanguages = languages(Offering.class, services);
        List<Pending> loadedServices = services.stream()
                .filter(file -> run.load(file, content -> {
                    checkTranslation(content, serviceLanguages);
                    offeringFile.load(content, caseSlugs);
                }))
                .toList();
        consultants.forEach(file -> run.load(file, consultantFile::load));
        Map<String, SiteLanguage> caseLanguages = languages(CaseStudy.class, caseFiles);
        List<Pending> loadedCases = caseFiles.stream()
                .filter(file -> run.load(file, content -> {
                    checkTranslation(content, caseLanguages);
                    caseStudyFile.load(content);
                }))
                .toList();
        for (Pending file : loadedServices) {
            List<String> missing = transaction.run(() -> offeringFile.linkCases(file.content()));
            missing.forEach(slug -> LOG.warning(() -> file.path() + ": case '" + slug
                    + "' did not load (see its own message), so the service page does not link to it"));
        }
        Map<String, SiteLanguage> articleLanguages = languages(Article.class, articles);
        List<Pending> loadedArticles = articles.stream()
                .filter(file -> run.load(file, content -> {
                    checkTranslation(content, articleLanguages);
                    articleFile.load(content);
                }))
                .toList();
        // Once all of a kind are in: either file of a pair may name the other, whichever loads first.
        run.linkTranslations(Offering.class, loadedServices);
        run.linkTranslations(CaseStudy.class, loadedCases);
        run.linkTranslations(Article.class, loadedArticles);
    }

    /**
     * The language of every item of a kind by slug, stored or in this run's files: what a file's
     * {@code translation} may name, whichever of the two files loads first.
     */
    private Map<String, SiteLanguage> languages(Class<? extends PublishableItem> type, List<Pending> files) {
        Map<String, SiteLanguage> languages = new HashMap<>(translations.languagesBySlug(type));
        for (Pending file : files) {
            try {
                languages.putIfAbsent(file.content().slug(), file.content().language());
            } catch (ContentFileException e) {
                // Reported when the file itself is loaded.
            }
        }
        return languages;
    }

    /**
     * Refuses a file whose translation is not an item of its kind, or is in the same language: a
     * clear error for that file, which is then tried again at the next start like any other.
     */
    private static void checkTranslation(ContentFile file, Map<String, SiteLanguage> languages) {
        Optional<String> named = file.translation();
        if (named.isEmpty()) {
            return;
        }
        SiteLanguage theirs = languages.get(named.get());
        if (theirs == null) {
            throw file.error(
                    "translation",
                    "the translation '" + named.get() + "' does not exist: name the slug of an item of the"
                            + " same kind in the other language");
        }
        if (theirs == file.language()) {
            throw file.error(
                    "translation",
                    "the translation '" + named.get() + "' is in the same language ('" + theirs.getTag()
                            + "'); a translation is in the other language");
        }
    }

    /** What the most recent load did, for the log and for an administrator. */
    public Report lastReport() {
        return lastReport;
    }

    /** True once the content folder has been read at start-up; the readiness check waits for it. */
    public boolean isLoaded() {
        return loaded;
    }

    private static Optional<String> slugOf(Pending pending) {
        try {
            return Optional.of(pending.content().slug());
        } catch (ContentFileException e) {
            return Optional.empty();
        }
    }

    /** One pass over the content folder: loads files one by one and keeps count. */
    private final class Run {
        final List<ContentFileException> problems = new ArrayList<>();
        final List<String> changed = new ArrayList<>();
        final Map<String, LoadedContentFile> loadedBefore = transaction.loadedFiles();
        int loaded;

        /**
         * Links each loaded file's item to the translation it names, each in its own transaction; a
         * translation that is missing or in the same language is a problem of that file, whose item
         * stays loaded without the link.
         */
        <T extends PublishableItem> void linkTranslations(Class<T> type, List<Pending> loadedFiles) {
            for (Pending file : loadedFiles) {
                try {
                    transaction.run(() -> {
                        translations.linkFromFile(type, file.content());
                        return null;
                    });
                } catch (ContentFileException e) {
                    problems.add(e);
                } catch (RuntimeException e) {
                    ContentFileException cause = causeOf(e);
                    problems.add(cause != null ? cause : new ContentFileException(file.path(), 0, rootMessage(e)));
                }
            }
        }

        /** Loads one file in its own transaction; false, with the problem noted, when it fails. */
        boolean load(Pending file, Consumer<ContentFile> loader) {
            try {
                transaction.load(file.content(), file.sha256(), () -> loader.accept(file.content()));
                loaded++;
                return true;
            } catch (ContentFileException e) {
                problems.add(e);
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(new ContentFileException(file.path(), 0, e.getMessage()));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Loading " + file.path() + " failed", e);
                problems.add(new ContentFileException(file.path(), 0, "could not be stored: " + rootMessage(e)));
            }
            return false;
        }
    }

    /**
     * The files of one folder that have not been loaded before, parsed; unreadable ones become
     * problems, and loaded ones that have been edited since are noted and logged.
     */
    private List<Pending> read(Path root, String folder, Run run) {
        List<Pending> pending = new ArrayList<>();
        for (Path path : markdownFiles(root.resolve(folder))) {
            String relative = folder + "/" + path.getFileName();
            try {
                byte[] bytes = Files.readAllBytes(path);
                String sha256 = LoadedContentFile.sha256(bytes);
                Optional<LoadedContentFile> loadedBefore = Optional.ofNullable(run.loadedBefore.get(relative));
                if (loadedBefore.isEmpty()) {
                    pending.add(new Pending(relative, sha256, ContentFile.parse(relative, utf8(bytes))));
                } else if (!loadedBefore.get().hasSha256(sha256)) {
                    run.changed.add(relative);
                    LOG.warning(() -> relative + " has changed since it was loaded on "
                            + loadedBefore.get().loadedOn()
                            + ". Changes to a file that has been loaded are not applied: a file is loaded once."
                            + " Edit the item in the admin or in the database instead.");
                }
            } catch (ContentFileException e) {
                run.problems.add(e);
            } catch (CharacterCodingException e) {
                run.problems.add(new ContentFileException(relative, 0, "is not UTF-8 text; save it as UTF-8"));
            } catch (IOException e) {
                run.problems.add(new ContentFileException(relative, 0, "cannot be read: " + e.getMessage()));
            }
        }
        return pending;
    }

    private static List<Path> markdownFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content folder " + dir, e);
        }
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** The content file's own complaint inside a transaction's wrapping exception, if that is what failed. */
    private static ContentFileException causeOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContentFileException problem) {
                return problem;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private record Pending(String path, String sha256, ContentFile content) {}
}
