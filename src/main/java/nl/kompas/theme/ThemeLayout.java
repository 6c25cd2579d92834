package nl.kompas.theme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A theme's {@code layout.xhtml}, read the way Facelets will read it: it must be well-formed XML
 * and place the page with {@code <ui:insert name="main"/>}. It also records which assets the
 * layout names with {@code #{theme.asset('…')}}, so a missing one is found at start-up and not
 * on every page view.
 */
final class ThemeLayout {

    /** Faces 4 accepts the old namespaces too, so a layout written for an older version is fine. */
    private static final Set<String> FACELETS_NAMESPACES =
            Set.of("jakarta.faces.facelets", "http://xmlns.jcp.org/jsf/facelets", "http://java.sun.com/jsf/facelets");

    static final Pattern ASSET_REFERENCE = Pattern.compile("theme\\.asset\\(\\s*'([^']+)'\\s*\\)");

    private final Map<String, Integer> assetLines;

    private ThemeLayout(Map<String, Integer> assetLines) {
        this.assetLines = Collections.unmodifiableMap(assetLines);
    }

    /**
     * Parses and checks a layout.
     *
     * @throws ThemeException naming the theme, and for XML that is not well-formed, the line,
     *     column and the parser's message
     */
    static ThemeLayout read(String themeId, byte[] layout) {
        Reader reader = new Reader();
        try {
            parser().parse(new ByteArrayInputStream(layout), reader);
        } catch (SAXParseException e) {
            throw new ThemeException(
                    themeId,
                    "layout.xhtml is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                            + "): " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new ThemeException(themeId, "layout.xhtml cannot be read: " + e.getMessage());
        }
        if (!reader.placesMain) {
            throw new ThemeException(themeId, "layout.xhtml has no <ui:insert name=\"main\"/> for the page content");
        }
        return new ThemeLayout(reader.assetLines);
    }

    /** The assets the layout names literally, each with the line it first appears on. */
    Map<String, Integer> assetLines() {
        return assetLines;
    }

    /**
     * A parser that reads only the file itself. A DOCTYPE is allowed, as Facelets allows it, but
     * no DTD or external entity is fetched. Without the DTD an entity such as {@code &nbsp;} is
     * declared only when the layout has an external DOCTYPE (Facelets then supplies the XHTML
     * entities); in a layout without one, Facelets refuses it too, and so does this check.
     */
    private static SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a safety feature", e);
        }
    }

    /** Looks for the main insert and for asset names in attributes and text; comments never reach it. */
    private static final class Reader extends DefaultHandler {

        private final Map<String, Integer> assetLines = new LinkedHashMap<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;
        private int textEndLine;
        private boolean placesMain;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            endText();
            if (FACELETS_NAMESPACES.contains(uri)
                    && "insert".equals(localName)
                    && "main".equals(attributes.getValue("name"))) {
                placesMain = true;
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                noteAssets(attributes.getValue(i), locator.getLineNumber());
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            endText();
        }

        @Override
        public void characters(char[] chars, int start, int length) {
            text.append(chars, start, length);
            textEndLine = locator.getLineNumber();
        }

        private void endText() {
            Matcher reference = ASSET_REFERENCE.matcher(text);
            while (reference.find()) {
                long linesAfter = text.subSequence(reference.start(), text.length())
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
                assetLines.putIfAbsent(reference.group(1), textEndLine - (int) linesAfter);
            }
            text.setLength(0);
        }

        /** The locator stands at the end of the start tag, which is the attribute's line in a one-line tag. */
        private void noteAssets(String value, int line) {
            Matcher reference = ASSET_REFERENCE.matcher(value);
            while (reference.find()) {
                assetLines.putIfAbsent(reference.group(1), line);
            }
        }
    }
}
