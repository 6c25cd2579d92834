package nl.kompas.transfer;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.kompas.platform.web.AdminLanguage;

/**
 * Turns away an upload to the import page that announces more bytes than an import takes, before
 * the server reads it into a temporary file. The page checks the size in the browser first, so
 * only a request made some other way gets here; it gets a 413 with the reason, not a 500 from a
 * multipart parser that gave up.
 */
@WebFilter(urlPatterns = "/admin/transfer.xhtml")
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Room for the form's other fields around the file. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    @Inject
    transient ContentImport contentImport;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long maxZipBytes = contentImport.limits().maxZipBytes();
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > maxZipBytes + FORM_OVERHEAD) {
            Locale language = AdminLanguage.of(request);
            String pattern =
                    ResourceBundle.getBundle("nl.kompas.messages", language).getString("transfer.refused.too-large");
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("Connection", "close");
            response.getWriter()
                    .print(new MessageFormat(pattern, language)
                            .format(new Object[] {ImportLimits.inMegabytes(maxZipBytes)}));
            return;
        }
        chain.doFilter(request, response);
    }
}
