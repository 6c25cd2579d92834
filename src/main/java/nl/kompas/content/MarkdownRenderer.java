package nl.kompas.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
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

/**
 * Turns the Markdown that editors write into HTML that is safe to show to visitors.
 *
 * <p>Flexmark passes raw HTML through untouched, so every result goes through the {@link
 * ContentPolicy} allow-list before it is stored. Supported: tables, autolinks, heading anchors,
 * typographic quotes, and an image with a title as a figure with a caption. Links to other sites
 * get rel="noopener"; images from other sites are dropped.
 *
 * <p>Thread-safe: one instance serves the whole application.
 */
public final class MarkdownRenderer {

    /**
     * Raise this whenever a change to this class or to {@link ContentPolicy} changes the HTML it
     * makes: at the next start every stored body of another version is rendered again.
     */
    public static final int VERSION = 1;

    private static final MarkdownRenderer INSTANCE = new MarkdownRenderer();
    private static final int EXCERPT_LENGTH = 300;

    /**
     * The accessible name of the "#" link beside each heading, whose visible "#" is hidden from
     * screen readers. Fixed and Dutch: bodies are rendered once, when they are loaded, with no
     * request and so no visitor's language, and the content they sit in is Dutch.
     */
    static final String HEADING_ANCHOR_LABEL = "Link naar deze sectie";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final ContentPolicy policy = new ContentPolicy();

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
    }

    public static MarkdownRenderer instance() {
        return INSTANCE;
    }

    /** Renders a Markdown text once, for storing next to its source. */
    public MarkdownBody render(String markdown) {
        String source = markdown == null ? "" : markdown;
        Document document = parser.parse(source);
        String html = policy.sanitize(renderer.render(document));
        return new MarkdownBody(
                source, html, excerpt(document), ReadingTime.countWords(PlainText.of(document)), VERSION);
    }

    /**
     * The words of a Markdown text without its markup, blocks and table cells apart, raw HTML left
     * out: the text that site search indexes.
     */
    public String plainText(String markdown) {
        return PlainText.of(parser.parse(markdown == null ? "" : markdown));
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

    /** Figures for captioned images, and the attributes of {@link #addAttributes}. */
    private final class SiteExtension implements HtmlRenderer.HtmlRendererExtension {

        @Override
        public void rendererOptions(MutableDataHolder options) {}

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new FigureRenderer());
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return MarkdownRenderer.this::addAttributes;
                }
            });
        }
    }

    /**
     * Lazy loading for images, a name for heading anchors, and a mark on generated heading ids
     * that tells the policy they are not ids written in raw HTML.
     */
    private void addAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Image) {
            attributes.replaceValue("loading", "lazy");
        } else if (node instanceof AnchorLink) {
            attributes.replaceValue("aria-label", HEADING_ANCHOR_LABEL);
        } else if (node instanceof Heading && part == AttributablePart.NODE && attributes.contains("id")) {
            // Only on the heading tag itself: the ID part also decides the anchor's href.
            attributes.replaceValue("id", policy.markAsGenerated(attributes.getValue("id")));
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
            Image image = paragraph.getFirstChild() instanceof Image only
                            && only.getNext() == null
                            && !only.getTitle().isBlank()
                    ? only
                    : null;
            String src = image == null
                    ? null
                    : context.resolveLink(LinkType.IMAGE, image.getUrl().unescape(), null)
                            .getUrl();
            // The policy drops an image from another site; a caption without its image means nothing.
            if (!SitePath.isValid(src)) {
                context.delegateRender();
                return;
            }
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
