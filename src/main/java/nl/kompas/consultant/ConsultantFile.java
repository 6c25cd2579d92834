package nl.kompas.consultant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import nl.kompas.content.ContentFile;
import nl.kompas.content.FrontMatter;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.offering.OfferingRepository;

/** Reads a file of content/consultants into a consultant. The body is the bio. */
@ApplicationScoped
public class ConsultantFile {

    /** The front-matter keys this file may have; any other is reported as a probable typo. */
    public static final List<String> KEYS = List.of("name", "slug", "role", "linkedin", "email", "photo", "services");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    ConsultantRepository consultants;

    @Inject
    OfferingRepository offerings;

    public void load(ContentFile file) {
        file.warnAboutUnknownKeys(KEYS);
        FrontMatter fields = file.frontMatter();
        String slug = file.slug();
        if (consultants.findBySlug(slug).isPresent()) {
            throw file.error("slug", "another consultant already has the slug '" + slug + "'");
        }
        String linkedin = fields.text("linkedin").orElse(null);
        if (linkedin != null && !linkedin.startsWith("https://")) {
            throw file.error("linkedin", "'linkedin' must be a web address starting with https://");
        }
        String email = fields.text("email").orElse(null);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw file.error("email", "'" + email + "' is not an e-mail address");
        }
        Consultant consultant = new Consultant(
                slug,
                fields.requiredText("name"),
                fields.text("role").orElse(""),
                MarkdownRenderer.instance().render(file.body()));
        consultant.changeContact(linkedin, email, fields.sitePath("photo").orElse(null));
        for (String serviceSlug : fields.list("services")) {
            consultant.cover(offerings
                    .findBySlug(serviceSlug)
                    .orElseThrow(() ->
                            file.error("services", "there is no service page with the slug '" + serviceSlug + "'")));
        }
        consultants.add(consultant);
    }
}
