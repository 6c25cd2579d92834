package nl.kompas.sitemap;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.kompas.platform.web.PublicDocumentServlet;

/**
 * /sitemap.xml in the sitemaps.org format: every public page with its last change. One file holds
 * at most 50,000 addresses; a site that grows past that needs a sitemap index.
 */
@WebServlet(name = "Sitemap", urlPatterns = "/sitemap.xml")
public class SitemapServlet extends PublicDocumentServlet {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** The namespace of the language alternates, as search engines read them in a sitemap. */
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    @Inject
    PublicPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setContentType("application/xml; charset=UTF-8");
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xhtml", XHTML);
            for (SitemapUrl url : pages.all()) {
                xml.writeStartElement("url");
                element(xml, "loc", url.location());
                element(
                        xml,
                        "lastmod",
                        url.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
                for (Map.Entry<String, String> alternate : url.alternates().entrySet()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.getKey());
                    xml.writeAttribute("href", alternate.getValue());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ServletException("The sitemap could not be written", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
