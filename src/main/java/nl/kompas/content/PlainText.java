package nl.kompas.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The words of a parsed Markdown text, for excerpts and word counts. Unlike Flexmark's own text
 * collector it keeps the quotes the typographic extension lifts out of the text, and it puts a
 * space between blocks and table cells so that words never run together.
 */
final class PlainText {

    private final StringBuilder out = new StringBuilder();

    private PlainText() {}

    static String of(Node node) {
        PlainText text = new PlainText();
        text.collect(node);
        return text.out.toString().replaceAll("\\s+", " ").trim();
    }

    private void collect(Node node) {
        if (node instanceof HtmlBlock
                || node instanceof HtmlInline
                || node instanceof Image
                || node instanceof TableSeparator) {
            return; // raw HTML is not prose; an image's alt text and a table's --- row are not words
        }
        if (node instanceof Text || node instanceof TypographicSmarts) {
            out.append(node.getChars());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (node instanceof AutoLink link) {
            out.append(link.getText());
        } else if (node instanceof TypographicQuotes quotes) {
            out.append(quotes.getOpeningMarker());
            collectChildren(node);
            out.append(quotes.getClosingMarker());
            return;
        }
        collectChildren(node);
        if (node instanceof Block || node.getClass().getSimpleName().startsWith("Table")) {
            out.append(' ');
        }
    }

    private void collectChildren(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child);
        }
    }
}
