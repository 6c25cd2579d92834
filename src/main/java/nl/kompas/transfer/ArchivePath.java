package nl.kompas.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for the names of the entries of an imported zip: where a name leads (never out of the
 * folder it is unpacked in), which names are an operating system's clutter, and which folder
 * around everything is no part of the content.
 */
final class ArchivePath {

    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");
    private static final Set<String> SYSTEM_FILES = Set.of("__macosx", "thumbs.db", "desktop.ini");

    private ArchivePath() {}

    /**
     * The path of a zip entry inside the content folder, with "/" between folders; null for a
     * folder entry. Refuses a name that could lead outside the folder it is unpacked in: "..", an
     * absolute path, a drive letter. Backslashes, which some Windows tools write, count as "/".
     */
    static String safe(String entryName) throws ImportRefusedException {
        String name = entryName.replace('\\', '/');
        if (name.startsWith("/") || DRIVE_LETTER.matcher(name).matches() || name.indexOf('\0') >= 0) {
            throw unsafe(entryName);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw unsafe(entryName);
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return segments.isEmpty() || name.endsWith("/") ? null : String.join("/", segments);
    }

    private static ImportRefusedException unsafe(String entryName) {
        return new ImportRefusedException(
                "transfer.refused.unsafe-path", "Entry leads outside the content folder: " + entryName, entryName);
    }

    /** "content/" when every file sits in one folder that is not itself a content folder, else "". */
    static String commonRoot(Set<String> paths) {
        Set<String> firsts = new HashSet<>();
        for (String path : paths) {
            int slash = path.indexOf('/');
            firsts.add(slash < 0 ? "" : path.substring(0, slash));
        }
        if (firsts.size() != 1) {
            return "";
        }
        String first = firsts.iterator().next();
        return first.isEmpty() || ContentArchive.ITEM_FOLDERS.contains(first) || first.equals(ContentArchive.MEDIA)
                ? ""
                : first + "/";
    }

    static boolean isSystemFile(String path) {
        return Arrays.stream(path.split("/"))
                .anyMatch(
                        segment -> segment.startsWith(".") || SYSTEM_FILES.contains(segment.toLowerCase(Locale.ROOT)));
    }
}
