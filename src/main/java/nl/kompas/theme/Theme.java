package nl.kompas.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A checked, loaded theme: its manifest, the path of its Facelets layout, and its assets.
 *
 * <p>A theme folder holds {@code theme.yaml} (name, description, version), {@code layout.xhtml}
 * (the page around the main content, which it places with {@code <ui:insert name="main"/>}) and
 * {@code assets/} with at least {@code style.css}.
 */
public final class Theme {

    /** Reads theme files; the web application's resources in production, a folder in tests. */
    public interface Files {
        InputStream open(String path) throws IOException;

        Set<String> list(String folder);
    }

    private static final Pattern MAIN_INSERT = Pattern.compile("<ui:insert\\s+name\\s*=\\s*[\"']main[\"']");
    private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private static final String[] MANIFEST_KEYS = {"name", "description", "version"};

    private final String id;
    private final Map<String, String> manifest;
    private final String layoutPath;
    private final Map<String, ThemeAsset> assets;

    private Theme(String id, Map<String, String> manifest, String layoutPath, Map<String, ThemeAsset> assets) {
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
        Set<String> themes = files.list(root + "/");
        if (!themes.contains(folder)) {
            throw new ThemeException(
                    id,
                    "there is no folder themes/" + id + " (available: "
                            + String.join(
                                    ", ",
                                    themes.stream()
                                            .map(path -> path.substring(root.length() + 1, path.length() - 1))
                                            .sorted()
                                            .toList())
                            + ")");
        }
        Map<String, String> manifest = manifest(id, folder + "theme.yaml", files);
        String layout = text(id, folder + "layout.xhtml", files);
        if (!MAIN_INSERT.matcher(XML_COMMENT.matcher(layout).replaceAll("")).find()) {
            throw new ThemeException(id, "layout.xhtml has no <ui:insert name=\"main\"/> for the page content");
        }
        Map<String, ThemeAsset> assets = new LinkedHashMap<>();
        loadAssets(id, folder + "assets/", "", files, assets);
        if (!assets.containsKey("style.css")) {
            throw new ThemeException(id, "assets/style.css is missing");
        }
        return new Theme(id, manifest, folder + "layout.xhtml", Map.copyOf(assets));
    }

    private static Map<String, String> manifest(String id, String path, Files files) {
        Object parsed;
        try {
            LoaderOptions options = new LoaderOptions();
            parsed = new Yaml(
                            new SafeConstructor(options),
                            new Representer(new DumperOptions()),
                            new DumperOptions(),
                            options,
                            new TextOnlyResolver())
                    .load(text(id, path, files));
        } catch (YAMLException e) {
            throw new ThemeException(id, "theme.yaml is not valid YAML: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ThemeException(id, "theme.yaml must hold name, description and version");
        }
        Map<String, String> manifest = new LinkedHashMap<>();
        for (String key : MANIFEST_KEYS) {
            Object value = map.get(key);
            if (value == null || value.toString().isBlank()) {
                throw new ThemeException(id, "theme.yaml has no '" + key + "'");
            }
            manifest.put(key, value.toString().strip());
        }
        return Map.copyOf(manifest);
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
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
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

    /** Reads every value as text: a version such as 1.10 must not become the number 1.1. */
    private static final class TextOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {}
    }

    public String id() {
        return id;
    }

    public String name() {
        return manifest.get("name");
    }

    public String description() {
        return manifest.get("description");
    }

    public String version() {
        return manifest.get("version");
    }

    public String layoutPath() {
        return layoutPath;
    }

    public Optional<ThemeAsset> asset(String name) {
        return Optional.ofNullable(assets.get(name));
    }
}
