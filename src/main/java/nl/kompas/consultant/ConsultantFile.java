package nl.kompas.consultant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileWriter;
import nl.kompas.content.FrontMatter;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.offering.Offering;
import nl.kompas.offering.OfferingRepository;

/** Reads a file of content/consultants into a consultant. The body is the bio. */
@ApplicationScoped
public class ConsultantFile {

    /** The front-matter keys this file may have; any other is reported as a probable typo. */
    public static final List<String> KEYS = List.of("name", "slug", "role", "linkedin", "email", "photo", "services");

    /**
     * A plain address such as anne.de-vries+web@koersvast.example: letters, digits and . _ + -
     * before the @, dot-separated domain labels after it. It becomes a mailto: link, so anything
     * that could add recipients, headers or a body to that link (?, &, =, %, #, /, commas, quotes,
     * spaces) is refused.
     */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9_+-]+(\\.[A-Za-z0-9_+-]+)*"
            + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private static final int EMAIL_MAX_LENGTH = 254;

    @Inject
    ConsultantRepository consultants;

    @Inject
    OfferingRepository offerings;

    public void load(ContentFile file) {
        file.warnAboutUnknownKeys(KEYS);
        FrontMatter fields = file.frontMatter();
        String linkedin = fields.text("linkedin").orElse(null);
        if (linkedin != null && !linkedin.startsWith("https://")) {
            throw file.error("linkedin", "'linkedin' must be a web address starting with https://");
        }
        String email = email(file);
        Consultant consultant = new Consultant(
                file.unusedSlug(
                        "consultant", slug -> consultants.findBySlug(slug).isPresent()),
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

    /** The e-mail address of the file, if any, refused when it is not a plain address. */
    static String email(ContentFile file) {
        String email = file.frontMatter().text("email").orElse(null);
        if (email != null
                && (email.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(email).matches())) {
            throw file.error(
                    "email",
                    "'" + email + "' is not an e-mail address; write a plain address, such as anne@koersvast.example");
        }
        return email;
    }

    /** The consultant as the text of their file in content/consultants: what {@link #load} reads back. */
    public static String write(Consultant consultant) {
        return new ContentFileWriter()
                .put("name", consultant.getName())
                .put("slug", consultant.getSlug())
                .put("role", consultant.getRole())
                .put("linkedin", consultant.getLinkedinUrl())
                .put("email", consultant.getEmail())
                .put("photo", consultant.getPhoto())
                .put("services", ContentFileWriter.names(consultant.getOfferings(), Offering::getSlug))
                .write(consultant.getBio().getSource());
    }
}
