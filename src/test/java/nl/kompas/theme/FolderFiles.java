package nl.kompas.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@link Theme.Files} over a real folder, answering like ServletContext does: {@code root} (such
 * as "/WEB-INF/themes") stands for {@code folder}; {@link #open} gives null for a missing file, and
 * {@link #list} gives full child paths with sub-folders ending in "/".
 */
final class FolderFiles implements Theme.Files {

    private final String root;
    private final Path folder;

    FolderFiles(String root, Path folder) {
        this.root = root;
        this.folder = folder;
    }

    private Path resolve(String path) {
        if (!path.startsWith(root + "/")) {
            throw new IllegalArgumentException("outside " + root + ": " + path);
        }
        return folder.resolve(path.substring(root.length() + 1));
    }

    @Override
    public InputStream open(String path) throws IOException {
        Path file = resolve(path);
        return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }

    @Override
    public Set<String> list(String path) {
        Path dir = resolve(path);
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        String prefix = path.endsWith("/") ? path : path + "/";
        Set<String> children = new TreeSet<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(
                    child -> children.add(prefix + child.getFileName() + (Files.isDirectory(child) ? "/" : "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return children;
    }
}
