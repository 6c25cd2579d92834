package nl.kompas.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.audit.AuditEntry;
import nl.kompas.audit.AuditLog;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.InvalidEdit;
import nl.kompas.content.StaleEdit;
import nl.kompas.editing.ItemEditing;
import nl.kompas.editing.ItemForm;
import nl.kompas.editing.ListRequest;
import nl.kompas.platform.SiteConfig;

/**
 * What the editing tests of cases, service pages and consultants share: a test-only servlet that
 * drives one kind's editing service the way its admin page does, as an editor, admin, consultant or
 * nobody named in the request, and answers in plain text (see {@link EditingClient}).
 *
 * <ul>
 *   <li>POST ?as=editor|admin|consultant:{slug}|nobody&amp;action=save|publish|…&amp;id=…&amp;version=…
 *       and any field (an existing item starts from what is stored, as its editor shows it): "saved
 *       id=… version=… revision=… slug=… status=…", "invalid field=key …", "refused key" or "stale by=…"
 *   <li>GET /open?as=…&amp;id=…, /revisions?id=…, /revision?id=…&amp;number=…,
 *       /diff?id=…&amp;older=…&amp;newer=…, /list?as=…&amp;sort=…&amp;asc=…&amp;first=…&amp;max=…&amp;{column}=…,
 *       /audit?prefix=…
 * </ul>
 */
abstract class EditingProbe<F extends ItemForm> extends HttpServlet {

    @Inject
    ConsultantRepository consultants;

    @Inject
    AuditLog audit;

    @Inject
    SiteConfig site;

    abstract ItemEditing<?, F, ?> editing();

    /** Runs a step other than restore on the form. */
    abstract ItemEditing.Saved act(Actor actor, String action, F form, HttpServletRequest request);

    /** Types the request's fields over the form. */
    abstract void fill(F form, HttpServletRequest request);

    /** "count=…", then a line per row of a page of the admin list. */
    abstract List<String> list(Actor actor, ListRequest request, int first, int max);

    /** The list's filter columns that a request may set. */
    abstract List<String> filterColumns();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        try {
            Actor actor = actor(request.getParameter("as"));
            ItemEditing.Saved saved = "restore".equals(request.getParameter("action"))
                    ? editing()
                            .restore(
                                    actor,
                                    Long.parseLong(request.getParameter("id")),
                                    Integer.parseInt(request.getParameter("version")),
                                    Integer.parseInt(request.getParameter("revision")))
                    : act(actor, request.getParameter("action"), form(actor, request), request);
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

    /** The form as the editor would send it: what is stored, with the request's fields typed over it. */
    private F form(Actor actor, HttpServletRequest request) {
        String id = request.getParameter("id");
        F form;
        if (id == null) {
            form = editing().blank(actor);
        } else {
            // Opened as an editor: a refusal must come from the save, not from opening.
            form = editing().open(actor("editor"), Long.parseLong(id));
            form.setVersion(Integer.parseInt(request.getParameter("version")));
        }
        set(request, "slug", form::setSlug);
        set(request, "body", form::setBody);
        fill(form, request);
        return form;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        Actor editor = actor("editor");
        try {
            switch (request.getPathInfo()) {
                case "/open" -> {
                    F form = editing().open(actor(request.getParameter("as")), id(request));
                    out.print("opened version=" + form.getVersion() + " editable=" + form.isEditable());
                }
                case "/revisions" ->
                    editing()
                            .revisions(editor, id(request))
                            .forEach(r -> out.println(r.getNumber() + "|" + r.getAuthorName() + "|" + r.getNote()));
                case "/revision" -> out.print(editing().revisionText(editor, id(request), number(request, "number")));
                case "/diff" ->
                    out.print(editing()
                            .compare(
                                    editor,
                                    id(request),
                                    number(request, "older"),
                                    number(request, "newer"),
                                    n -> n + " lines"));
                case "/list" -> list(request, out);
                case "/audit" -> {
                    for (AuditEntry entry : audit.newest(0, 50, null, request.getParameter("prefix"))) {
                        out.println(entry.getActorName() + "|" + entry.getAction() + "|" + entry.getSubjectTitle() + "|"
                                + entry.getDetail());
                    }
                }
                default -> response.sendError(404);
            }
        } catch (EditNotAllowed e) {
            out.print("refused " + e.messageKey());
        }
    }

    private void list(HttpServletRequest request, PrintWriter out) {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        for (String column : filterColumns()) {
            set(request, column, value -> filters.put(column, value));
        }
        ListRequest query =
                new ListRequest(filters, request.getParameter("sort"), "true".equals(request.getParameter("asc")));
        list(
                        actor(request.getParameter("as")),
                        query,
                        Integer.parseInt(request.getParameter("first")),
                        Integer.parseInt(request.getParameter("max")))
                .forEach(out::println);
    }

    Actor actor(String as) {
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

    static void set(HttpServletRequest request, String name, Consumer<String> setter) {
        String value = request.getParameter(name);
        if (value != null) {
            setter.accept(value);
        }
    }

    static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** "2030-01-01T10:00" in the site's zone, or "+5s": five seconds from now. */
    LocalDateTime at(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.startsWith("+") && text.endsWith("s")) {
            long seconds = Long.parseLong(text.substring(1, text.length() - 1));
            return ZonedDateTime.now(site.getTimeZone()).plusSeconds(seconds).toLocalDateTime();
        }
        return LocalDateTime.parse(text);
    }

    private static long id(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("id"));
    }

    private static int number(HttpServletRequest request, String name) {
        return Integer.parseInt(request.getParameter(name));
    }
}
