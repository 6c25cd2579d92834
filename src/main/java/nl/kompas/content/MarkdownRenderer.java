package nl.kompas.content;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns the Markdown that editors write into HTML that is safe to show to visitors.
 *
 * <p>Flexmark passes raw HTML through untouched, so every result goes through an OWASP
 * allow-list policy: scripts, event handlers, javascript: and data: URLs, iframes, styles and
 * forms never survive. Supported: tables, autolinks, heading anchors, typographic quotes, and an
 * image with a title as a figure with a caption. Links to other sites get rel="noopener".
 *
 * <p>Thread-safe: one instance serves the whole application.
 */
public final class MarkdownRenderer {

    private static final MarkdownRenderer INSTANCE = new MarkdownRenderer();
    private static final int EXCERPT_LENGTH = 300;
    private static final Pattern EXTERNAL_URL = Pattern.compile("^(?i)(https?:)?//.*");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;

    private MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(
                        TablesExtension.create(),
                        AutolinkExtension.create(),
                        AnchorLinkExtension.create(),
                        TypographicExtension.create(),
                        new SiteExtension()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor");
        options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "<span aria-hidden=\"true\">#</span>");
        options.set(TablesExtension.CLASS_NAME, "table");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        policy = contentPolicy();
    }

    public static MarkdownRenderer instance() {
        return INSTANCE;
    }

    /** Renders a Markdown text once, for storing next to its source. */
    public MarkdownBody render(String markdown) {
        String source = markdown == null ? "" : markdown;
        Document document = parser.parse(source);
        String html = policy.sanitize(renderer.render(document));
        return new MarkdownBody(source, html, excerpt(document), ReadingTime.countWords(PlainText.of(document)));
    }

    private static String excerpt(Document document) {
        Paragraph first = document.getFirstChildAny(Paragraph.class) instanceof Paragraph p ? p : null;
        if (first == null) {
            for (Node node : document.getDescendants()) {
                if (node instanceof Paragraph p) {
                    first = p;
                    break;
                }
            }
        }
        if (first == null) {
            return "";
        }
        String text = PlainText.of(first);
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : EXCERPT_LENGTH - 1) + "…";
    }

    private static PolicyFactory contentPolicy() {
        return new HtmlPolicyBuilder()
                .allowElements(
                        "p",
                        "br",
                        "hr",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "blockquote",
                        "pre",
                        "code",
                        "em",
                        "strong",
                        "del",
                        "sup",
                        "sub",
                        "ul",
                        "ol",
                        "li",
                        "dl",
                        "dt",
                        "dd",
                        "img",
                        "figure",
                        "figcaption",
                        "table",
                        "thead",
                        "tbody",
                        "tr",
                        "th",
                        "td",
                        "span",
                        "abbr")
                // An h1 in a body would compete with the page title, so it becomes an h2.
                .allowElements((name, attributes) -> "h2", "h1")
                .allowAttributes("id")
                .matching(Pattern.compile("[\\p{L}\\p{N}_-]{1,100}"))
                .onElements("h1", "h2", "h3", "h4", "h5", "h6")
                .allowElements(MarkdownRenderer::markOutgoingLink, "a")
                .allowAttributes("href", "title")
                .onElements("a")
                .allowAttributes("class")
                .matching(Pattern.compile("heading-anchor"))
                .onElements("a")
                .allowAttributes("class")
                .matching(Pattern.compile("table"))
                .onElements("table")
                .allowAttributes("class")
                .matching(Pattern.compile("language-[\\w-]{1,30}"))
                .onElements("code")
                .allowAttributes("aria-hidden")
                .matching(Pattern.compile("true"))
                .onElements("span")
                .allowAttributes("src", "alt", "title")
                .onElements("img")
                .allowAttributes("loading")
                .matching(Pattern.compile("lazy"))
                .onElements("img")
                .allowAttributes("title")
                .onElements("abbr")
                .allowAttributes("start")
                .matching(Pattern.compile("\\d{1,6}"))
                .onElements("ol")
                .allowAttributes("align")
                .matching(Pattern.compile("left|right|center"))
                .onElements("th", "td")
                .allowUrlProtocols("http", "https", "mailto", "tel")
                .toFactory();
    }

    static boolean isExternal(String url) {
        return EXTERNAL_URL.matcher(url.trim()).matches();
    }

    /**
     * Gives a link to another site rel="noopener", whether it came from Markdown or raw HTML; any
     * rel the author wrote is dropped. Runs after the attribute policies, on what survived them.
     */
    private static String markOutgoingLink(String element, List<String> attributes) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if ("href".equals(attributes.get(i)) && isExternal(attributes.get(i + 1))) {
                attributes.add("rel");
                attributes.add("noopener");
                break;
            }
        }
        return element;
    }

    /** Figures for captioned images, and lazy loading for images. */
    private static final class SiteExtension implements HtmlRenderer.HtmlRendererExtension {

        @Override
        public void rendererOptions(MutableDataHolder options) {}

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new FigureRenderer());
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return MarkdownRenderer::addImageAttributes;
                }
            });
        }
    }

    private static void addImageAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Image) {
            attributes.replaceValue("loading", "lazy");
        }
    }

    /**
     * A paragraph holding nothing but an image with a title becomes a figure, the title its
     * caption: {@code ![Alt](/media/x.svg "Figuur 1: …")}.
     */
    private static final class FigureRenderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::render));
        }

        private void render(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
            Node only = paragraph.getFirstChild();
            if (!(only instanceof Image image)
                    || only.getNext() != null
                    || image.getTitle().isBlank()) {
                context.delegateRender();
                return;
            }
            String src = context.resolveLink(LinkType.IMAGE, image.getUrl().unescape(), null)
                    .getUrl();
            String alt = new TextCollectingVisitor().collectAndGetText(image);
            html.line();
            html.tag("figure");
            html.attr("src", src)
                    .attr("alt", alt)
                    .attr("loading", "lazy")
                    .withAttr()
                    .tagVoid("img");
            html.tag("figcaption").text(image.getTitle().unescape()).closeTag("figcaption");
            html.closeTag("figure");
            html.line();
        }
    }
}
