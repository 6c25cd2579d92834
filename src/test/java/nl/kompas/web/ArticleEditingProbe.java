package nl.kompas.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.article.AdminArticles;
import nl.kompas.article.ArticleEditing;
import nl.kompas.article.ArticleForm;
import nl.kompas.article.ArticleQuery;
import nl.kompas.article.ArticleRepository;
import nl.kompas.article.ArticleRow;
import nl.kompas.audit.AuditEntry;
import nl.kompas.audit.AuditLog;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.PublicationStatus;
import nl.kompas.content.StaleEdit;
import nl.kompas.editing.ItemEditing;
import nl.kompas.platform.SiteConfig;

/**
 * Added to the editing tests' deployment only: drives {@link ArticleEditing} the way the admin's
 * pages do, for an editor or a consultant named in the request, and answers in plain text.
 *
 * <ul>
 *   <li>POST ?as=editor|consultant:{slug}|nobody&amp;action=save|submit|publish|schedule|unpublish|restore
 *       &amp;id=…&amp;version=…&amp;title=…&amp;authors=slug,slug… (any field; an existing article
 *       starts from what is stored, as the editor shows it): "saved id=… version=… revision=…
 *       slug=… status=…", "invalid field=key …", "refused key" or "stale by=…"
 *   <li>GET /revisions?id=…, /revision?id=…&amp;number=…, /diff?id=…&amp;older=…&amp;newer=…,
 *       /list?as=…&amp;title=…&amp;status=…&amp;author=…&amp;sort=…&amp;asc=…, /audit?prefix=…
 * </ul>
 */
@WebServlet("/test-only/editing/*")
public class ArticleEditingProbe extends HttpServlet {

    @Inject
    ArticleEditing editing;

    @Inject
    AdminArticles adminArticles;

    @Inject
    ConsultantRepository consultants;

    @Inject
    ArticleRepository articles;

    @Inject
    AuditLog audit;

    @Inject
    SiteConfig site;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try {
            Actor actor = actor(request.getParameter("as"));
            ItemEditing.Saved saved = act(actor, request);
            out.print("saved id=" + saved.id() + " version=" + saved.version() + " revision=" + saved.revision()
                    + " slug=" + saved.slug() + " status=" + saved.status());
        } catch (InvalidEdit e) {
            out.print("invalid");
            e.byField().forEach((field, message) -> out.print(" " + field + "=" + message.key()));
        } catch (EditNotAllowed e) {
            out.print("refused " + e.messageKey());
        } catch (StaleEdit e) {
            out.print("stale by=" + e.changedBy());
        }
    }

    private ItemEditing.Saved act(Actor actor, HttpServletRequest request) {
        String action = request.getParameter("action");
        if ("restore".equals(action)) {
            return editing.restore(
                    actor,
                    Long.parseLong(request.getParameter("id")),
                    Integer.parseInt(request.getParameter("version")),
                    Integer.parseInt(request.getParameter("revision")));
        }
        ArticleForm form = form(actor, request);
        return switch (action) {
            case "save" -> editing.save(actor, form);
            case "submit" -> editing.submitForReview(actor, form);
            case "publish" -> editing.publishNow(actor, form);
            case "unpublish" -> editing.unpublish(actor, form);
            case "schedule" -> editing.schedule(actor, form, at(request.getParameter("at")));
            default -> throw new IllegalArgumentException(action);
        };
    }

    /** The form as the editor would send it: what is stored, with the request's fields typed over it. */
    private ArticleForm form(Actor actor, HttpServletRequest request) {
        String id = request.getParameter("id");
        ArticleForm form;
        if (id == null) {
            form = editing.blank(actor);
        } else {
            // Opened as an editor: a consultant's refusal must come from the save, not from opening.
            form = editing.open(actor("editor"), Long.parseLong(id));
            form.setVersion(Integer.parseInt(request.getParameter("version")));
        }
        set(request, "title", form::setTitle);
        set(request, "slug", form::setSlug);
        set(request, "type", form::setTypeLabel);
        set(request, "summary", form::setSummary);
        set(request, "series", form::setSeries);
        set(request, "part", form::setPart);
        set(request, "image", form::setImage);
        set(request, "imageAlt", form::setImageAlt);
        set(request, "body", form::setBody);
        set(request, "language", form::setLanguage);
        set(
                request,
                "translation",
                slug -> form.setTranslationId(
                        slug.isEmpty()
                                ? null
                                : articles.findBySlug(slug).orElseThrow().getId()));
        set(request, "date", date -> form.setDate(date.isEmpty() ? null : LocalDate.parse(date)));
        set(request, "categories", names -> form.setCategories(list(names)));
        set(request, "tags", names -> form.setTags(list(names)));
        set(request, "authors", slugs -> {
            form.setAuthorIds(List.of());
            form.setAuthorIds(list(slugs).stream()
                    .map(slug ->
                            consultants.findBySlug(slug).map(Consultant::getId).orElse(-1L))
                    .toList());
        });
        return form;
    }

    private static void set(HttpServletRequest request, String name, java.util.function.Consumer<String> setter) {
        String value = request.getParameter(name);
        if (value != null) {
            setter.accept(value);
        }
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** "2030-01-01T10:00" in the site's zone, or "+5s": five seconds from now. */
    private LocalDateTime at(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.startsWith("+") && text.endsWith("s")) {
            long seconds = Long.parseLong(text.substring(1, text.length() - 1));
            return ZonedDateTime.now(site.getTimeZone()).plusSeconds(seconds).toLocalDateTime();
        }
        return LocalDateTime.parse(text);
    }

    private Actor actor(String as) {
        if (as == null || as.equals("nobody")) {
            return new Actor(9, "Niemand", Set.of(), null);
        }
        if (as.equals("editor")) {
            return new Actor(1, "Eva Redacteur", Set.of(Role.EDITOR), null);
        }
        if (as.equals("admin")) {
            return new Actor(3, "Ad Beheerder", Set.of(Role.ADMIN), null);
        }
        Consultant consultant =
                consultants.findBySlug(as.substring("consultant:".length())).orElseThrow();
        return new Actor(2, consultant.getName(), Set.of(Role.CONSULTANT), consultant.getId());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        Actor editor = actor("editor");
        switch (request.getPathInfo()) {
            case "/revisions" ->
                editing.revisions(editor, id(request))
                        .forEach(r -> out.println(r.getNumber() + "|" + r.getAuthorName() + "|" + r.getNote()));
            case "/revision" -> out.print(editing.revisionText(editor, id(request), number(request, "number")));
            case "/diff" ->
                out.print(editing.compare(
                        editor, id(request), number(request, "older"), number(request, "newer"), n -> n + " lines"));
            case "/list" -> list(request, out);
            case "/version" -> out.print(editing.open(editor, id(request)).getVersion());
            case "/audit" -> {
                for (AuditEntry entry : audit.newest(0, 50, null, request.getParameter("prefix"))) {
                    out.println(entry.getActorName() + "|" + entry.getAction() + "|" + entry.getSubjectTitle() + "|"
                            + entry.getDetail());
                }
            }
            default -> response.sendError(404);
        }
    }

    private void list(HttpServletRequest request, PrintWriter out) {
        Actor actor = actor(request.getParameter("as"));
        String status = request.getParameter("status");
        String author = request.getParameter("author");
        ArticleQuery query = new ArticleQuery(
                request.getParameter("title"),
                status == null ? null : PublicationStatus.valueOf(status),
                author == null
                        ? null
                        : consultants.findBySlug(author).orElseThrow().getId(),
                null,
                ArticleQuery.Sort.valueOf(request.getParameter("sort")),
                "true".equals(request.getParameter("asc")));
        int first = Integer.parseInt(request.getParameter("first"));
        int max = Integer.parseInt(request.getParameter("max"));
        out.println("count=" + adminArticles.count(actor, query));
        for (ArticleRow row : adminArticles.page(actor, query, first, max)) {
            out.println(row.getId() + "|" + row.getSlug() + "|" + row.getStatus() + "|"
                    + row.getAuthors().stream().collect(Collectors.joining(",")));
        }
    }

    private static long id(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("id"));
    }

    private static int number(HttpServletRequest request, String name) {
        return Integer.parseInt(request.getParameter(name));
    }
}
