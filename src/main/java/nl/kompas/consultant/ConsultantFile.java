package nl.kompas.consultant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileWriter;
import nl.kompas.content.FrontMatter;
import nl.kompas.content.MarkdownBody;
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

    /** Whether a LinkedIn address may be shown: a web address over https only. */
    public static boolean isLinkedIn(String address) {
        return address.startsWith("https://");
    }

    /** Whether an address is a plain e-mail address that a mailto: link cannot be abused with. */
    public static boolean isPlainEmail(String address) {
        return address.length() <= EMAIL_MAX_LENGTH && EMAIL.matcher(address).matches();
    }

    @Inject
    ConsultantRepository consultants;

    @Inject
    OfferingRepository offerings;

    public void load(ContentFile file) {
        file.warnAboutUnknownKeys(KEYS);
        String slug = file.unusedSlug(
                "consultant", taken -> consultants.findBySlug(taken).isPresent());
        Contents contents = read(file);
        Consultant consultant = new Consultant(slug, contents.name(), contents.role(), contents.bio());
        contents.applyTo(consultant);
        consultants.add(consultant);
    }

    /**
     * Changes an existing consultant to what their file says now, by the same rules as {@link
     * #load}. Everything is checked and looked up before the consultant changes.
     */
    public void update(ContentFile file, Consultant consultant) {
        Contents contents = read(file);
        consultant.rename(contents.name(), contents.role());
        consultant.rewriteBio(contents.bio());
        contents.applyTo(consultant);
    }

    /** What a consultant file says, checked, with the services it names. */
    private record Contents(
            String name,
            String role,
            MarkdownBody bio,
            String linkedin,
            String email,
            String photo,
            List<Offering> services) {

        void applyTo(Consultant consultant) {
            consultant.changeContact(linkedin, email, photo);
            consultant.replaceOfferings(services);
        }
    }

    private Contents read(ContentFile file) {
        FrontMatter fields = file.frontMatter();
        String linkedin = fields.text("linkedin").orElse(null);
        if (linkedin != null && !isLinkedIn(linkedin)) {
            throw file.error("linkedin", "'linkedin' must be a web address starting with https://");
        }
        String email = email(file);
        String name = fields.requiredText("name");
        String role = fields.text("role").orElse("");
        MarkdownBody bio = MarkdownRenderer.instance().render(file.body());
        String photo = fields.sitePath("photo").orElse(null);
        List<Offering> services = new ArrayList<>();
        for (String serviceSlug : fields.list("services")) {
            services.add(offerings
                    .findBySlug(serviceSlug)
                    .orElseThrow(() ->
                            file.error("services", "there is no service page with the slug '" + serviceSlug + "'")));
        }
        return new Contents(name, role, bio, linkedin, email, photo, services);
    }

    /** The e-mail address of the file, if any, refused when it is not a plain address. */
    static String email(ContentFile file) {
        String email = file.frontMatter().text("email").orElse(null);
        if (email != null && !isPlainEmail(email)) {
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
