package nl.kompas.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A checked, loaded theme: its manifest, the path of its Facelets layout, and its assets.
 *
 * <p>A theme folder holds {@code theme.yaml} (name, description, version), {@code layout.xhtml}
 * (well-formed Facelets around the main content, which it places with {@code <ui:insert
 * name="main"/>}) and {@code assets/} with {@code style.css}, {@code favicon.svg} and every asset
 * the layout names. Everything is checked at load, so a broken theme stops start-up instead of
 * failing every page.
 */
public final class Theme {

    /** Reads theme files; the web application's resources in production, a folder in tests. */
    public interface Files {
        InputStream open(String path) throws IOException;

        Set<String> list(String folder);
    }

    /**
     * The assets the platform's page template (WEB-INF/templates/public.xhtml) links on every
     * page. A theme without one would start and then fail every page, so each is required.
     * Required rather than optional for the favicon too: a theme author is told at start-up which
     * file to add, the template needs no "if the theme has one", and no site falls back to the
     * browser's request for /favicon.ico, which would be a 404.
     */
    static final List<String> PAGE_TEMPLATE_ASSETS = List.of("style.css", "favicon.svg");

    private final String id;
    private final ThemeManifest manifest;
    private final String layoutPath;
    private final Map<String, ThemeAsset> assets;

    private Theme(String id, ThemeManifest manifest, String layoutPath, Map<String, ThemeAsset> assets) {
        this.id = id;
        this.manifest = manifest;
        this.layoutPath = layoutPath;
        this.assets = assets;
    }

    /**
     * Loads and checks the theme with this id under {@code root} (such as "/WEB-INF/themes").
     *
     * @throws ThemeException naming the theme and what is missing or broken
     */
    public static Theme load(String root, String id, Files files) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new ThemeException(String.valueOf(id), "a theme name uses lower-case letters, digits, '-' and '_'");
        }
        String folder = root + "/" + id + "/";
        requireFolder(root, id, folder, files);
        ThemeManifest manifest = ThemeManifest.parse(id, text(id, folder + "theme.yaml", files));
        ThemeLayout layout = ThemeLayout.read(id, bytes(id, folder + "layout.xhtml", files));
        Map<String, ThemeAsset> assets = new LinkedHashMap<>();
        loadAssets(id, folder + "assets/", "", files, assets);
        requireAssets(id, layout, assets.keySet());
        return new Theme(id, manifest, folder + "layout.xhtml", Map.copyOf(assets));
    }

    private static void requireFolder(String root, String id, String folder, Files files) {
        Set<String> themes = files.list(root + "/");
        if (!themes.contains(folder)) {
            List<String> available = themes.stream()
                    .map(path -> path.substring(root.length() + 1, path.length() - 1))
                    .sorted()
                    .toList();
            throw new ThemeException(
                    id, "there is no folder themes/" + id + " (available: " + String.join(", ", available) + ")");
        }
    }

    /** Names every missing asset at once, so a theme author fixes them in one go. */
    private static void requireAssets(String id, ThemeLayout layout, Set<String> present) {
        List<String> missing = new ArrayList<>();
        for (String name : PAGE_TEMPLATE_ASSETS) {
            if (!present.contains(name)) {
                missing.add("assets/" + name + " is missing (the page template links it on every page)");
            }
        }
        layout.assetLines().forEach((name, line) -> {
            if (!present.contains(name) && !PAGE_TEMPLATE_ASSETS.contains(name)) {
                missing.add("assets/" + name + " is missing (layout.xhtml uses it on line " + line + ")");
            }
        });
        if (!missing.isEmpty()) {
            throw new ThemeException(id, String.join("; ", missing));
        }
    }

    private static void loadAssets(String id, String folder, String prefix, Files files, Map<String, ThemeAsset> into) {
        for (String path : files.list(folder)) {
            String name = prefix + path.substring(folder.length());
            if (path.endsWith("/")) {
                loadAssets(id, path, name, files, into);
            } else {
                byte[] bytes = bytes(id, path, files);
                into.put(
                        name,
                        new ThemeAsset(
                                name, bytes, contentType(name), sha256(bytes).substring(0, 12)));
            }
        }
    }

    private static String text(String id, String path, Files files) {
        return new String(bytes(id, path, files), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String id, String path, Files files) {
        try (InputStream in = files.open(path)) {
            if (in == null) {
                throw new ThemeException(id, path.substring(path.indexOf(id + "/") + id.length() + 1) + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ThemeException(id, "cannot read " + path + ": " + e.getMessage());
        }
    }

    static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "css" -> "text/css;charset=UTF-8";
            case "js" -> "text/javascript;charset=UTF-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "webp" -> "image/webp";
            case "woff2" -> "font/woff2";
            case "ico" -> "image/x-icon";
            default -> "application/octet-stream";
        };
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return manifest.name();
    }

    public String description() {
        return manifest.description();
    }

    public String version() {
        return manifest.version();
    }

    /** The colours of the share images drawn while this theme is active. */
    public ThemeColours colours() {
        return manifest.colours();
    }

    /**
     * This theme with the platform's own assets (such as the copy-link script of the share row)
     * added under their names, served and hashed like the theme's. A theme's file of the same
     * name wins, so a theme can replace one; the platform's are not required of any theme.
     */
    public Theme withPlatformAssets(String folder, Files files) {
        Map<String, ThemeAsset> platform = new LinkedHashMap<>();
        loadAssets(id, folder, "", files, platform);
        platform.putAll(assets);
        return new Theme(id, manifest, layoutPath, Map.copyOf(platform));
    }

    public String layoutPath() {
        return layoutPath;
    }

    public Optional<ThemeAsset> asset(String name) {
        return Optional.ofNullable(assets.get(name));
    }
}
