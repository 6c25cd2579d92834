package nl.kompas;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR the build just packaged, exactly as it
 * ships. Tests that run inside the container add their own classes to it.
 */
public final class SiteDeployment {

    private SiteDeployment() {}

    public static WebArchive war() {
        File war = new File("target/kompas.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/kompas.war is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
