package nl.kompas.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleRepository;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublishableItem;
import nl.kompas.media.LibraryImage;
import nl.kompas.media.MediaLibrary;
import nl.kompas.media.MediaRefusal;
import nl.kompas.offering.OfferingRepository;

/**
 * Added to the test deployment only: drives the media library the way the admin page does, as an
 * actor with the roles the request names, and lets content use an image or stop using it.
 *
 * <p>Answers are lines of {@code key=value}: an image's {@code id}, {@code url}, {@code width} and
 * {@code height}; a refusal (status 422) its {@code field}, {@code key} and Dutch {@code message}.
 */
@WebServlet("/test-only/media/*")
public class MediaActions extends HttpServlet {

    @Inject
    MediaLibrary library;

    @Inject
    ArticleRepository articles;

    @Inject
    CaseStudyRepository cases;

    @Inject
    OfferingRepository offerings;

    @Inject
    ConsultantRepository consultants;

    @Inject
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            switch (request.getPathInfo()) {
                case "/upload" ->
                    describe(
                            response,
                            library.upload(
                                    actor(request),
                                    request.getParameter("file"),
                                    request.getInputStream().readAllBytes(),
                                    request.getParameter("alt")));
                case "/import" ->
                    describe(
                            response,
                            library.importFile(
                                    request.getParameter("file"),
                                    request.getInputStream().readAllBytes(),
                                    request.getParameter("alt")));
                case "/alt" ->
                    describe(response, library.describe(actor(request), id(request), request.getParameter("alt")));
                case "/delete" -> {
                    library.delete(actor(request), id(request));
                    response.getWriter().println("deleted=true");
                }
                case "/use" -> use(request.getParameter("in"), request.getParameter("url"), true);
                case "/unuse" -> use(request.getParameter("in"), request.getParameter("url"), false);
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (MediaRefusal refusal) {
            response.setStatus(422);
            response.getWriter().println("field=" + refusal.field());
            response.getWriter().println("key=" + refusal.messageKey());
            response.getWriter().println("message=" + dutch(refusal));
        }
    }

    /** GET /test-only/media/list: one URL a line, newest first; /find?url=…: that image. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if ("/list".equals(request.getPathInfo())) {
            for (LibraryImage image : library.list()) {
                response.getWriter().println(image.url());
            }
            return;
        }
        Optional<LibraryImage> found = library.find(request.getParameter("url"));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        describe(response, found.get());
    }

    private Actor actor(HttpServletRequest request) {
        String roles = request.getParameter("roles");
        Set<Role> set = roles == null || roles.isBlank()
                ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::fromGroupName).collect(Collectors.toSet());
        String account = request.getParameter("account");
        return new Actor(account == null ? 1 : Long.parseLong(account), "Test " + roles, set, null);
    }

    private long id(HttpServletRequest request) {
        return library.find(request.getParameter("url")).orElseThrow().id();
    }

    /** in=article:{slug} (its image), article-body:{slug}, case:{slug}, service:{slug} (bodies), consultant:{slug} (photo). */
    private void use(String in, String url, boolean add) throws ServletException {
        String kind = in.substring(0, in.indexOf(':'));
        String slug = in.substring(in.indexOf(':') + 1);
        String line = "\n\n![Afbeelding uit de bibliotheek](" + url + ")\n";
        try {
            transaction.begin();
            switch (kind) {
                case "article" -> {
                    Article article = articles.findBySlug(slug).orElseThrow();
                    article.illustrate(add ? url : null, add ? "Een afbeelding bij het artikel" : null);
                }
                case "article-body" -> rewrite(articles.findBySlug(slug).orElseThrow(), line, add);
                case "case" -> rewrite(cases.findBySlug(slug).orElseThrow(), line, add);
                case "service" -> rewrite(offerings.findBySlug(slug).orElseThrow(), line, add);
                case "consultant" -> {
                    Consultant consultant = consultants.findBySlug(slug).orElseThrow();
                    consultant.changeContact(consultant.getLinkedinUrl(), consultant.getEmail(), add ? url : null);
                }
                default -> throw new IllegalArgumentException(kind);
            }
            transaction.commit();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private static void rewrite(PublishableItem item, String line, boolean add) {
        String source = item.getBody().getSource();
        item.rewrite(MarkdownRenderer.instance().render(add ? source + line : source.replace(line, "")));
    }

    private static void describe(HttpServletResponse response, LibraryImage image) throws IOException {
        response.getWriter().println("id=" + image.id());
        response.getWriter().println("url=" + image.url());
        response.getWriter().println("file=" + image.fileName());
        response.getWriter().println("alt=" + image.alt());
        response.getWriter().println("type=" + image.contentType());
        response.getWriter().println("width=" + image.width());
        response.getWriter().println("height=" + image.height());
        response.getWriter().println("thumbnail=" + image.thumbnailUrl());
    }

    /** The message as the Dutch admin shows it. */
    private static String dutch(MediaRefusal refusal) {
        Locale dutch = Locale.forLanguageTag("nl");
        return refusal.message(ResourceBundle.getBundle("nl.kompas.messages", dutch), dutch);
    }
}
