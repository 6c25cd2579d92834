package nl.kompas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.kompas.SiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log keeps exactly what committed: an entry written with a change that is rolled back
 * is gone with it. Entries come newest first and can be narrowed to one person or kind of action.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SiteDeployment.war().addClass(AuditProbe.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void keepsWhatCommittedNewestFirstAndFilters() {
        SiteClient site = new SiteClient(base);
        record(site, "Anne", "article.published", "Eerste", false);
        record(site, "Bram", "article.saved", "Tweede", false);
        record(site, "Bram", "article.published", "Teruggedraaid", true);
        record(site, "Anne", "account.created", "Derde", false);

        assertEquals(
                "Anne|account.created|Derde\nBram|article.saved|Tweede\nAnne|article.published|Eerste\ncount=3",
                list(site, ""));
        assertEquals("Bram|article.saved|Tweede\ncount=1", list(site, "?actor=Bram"));
        assertEquals(
                "Bram|article.saved|Tweede\nAnne|article.published|Eerste\ncount=2", list(site, "?prefix=article."));
        assertEquals("Anne|article.published|Eerste\ncount=1", list(site, "?actor=Anne&prefix=article"));
        // A LIKE wildcard in the filter is not a wildcard: actions are letters and dots.
        assertEquals("count=0", list(site, "?prefix=" + URLEncoder.encode("%saved", StandardCharsets.UTF_8)));
    }

    private static void record(SiteClient site, String actor, String action, String title, boolean rollback) {
        int status = site.post(
                        "/test-only/audit",
                        "actor=" + actor + "&action=" + action + "&title=" + title + "&rollback=" + rollback)
                .statusCode();
        assertEquals(204, status);
    }

    private static String list(SiteClient site, String query) {
        return site.get("/test-only/audit" + query).body().strip().replace("\r\n", "\n");
    }
}
