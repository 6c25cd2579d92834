package nl.kompas.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.article.ArticleEditing;
import nl.kompas.article.ArticleRepository;
import nl.kompas.content.Revision;
import nl.kompas.content.Revisions;
import nl.kompas.transfer.ContentExport;
import nl.kompas.transfer.ContentImport;
import nl.kompas.transfer.ImportItem;
import nl.kompas.transfer.ImportNotice;
import nl.kompas.transfer.ImportPreview;
import nl.kompas.transfer.ImportProblem;
import nl.kompas.transfer.ImportRefusedException;
import nl.kompas.transfer.UploadedZip;

/**
 * Added to TransferIT's deployments only: drives export and import as the admin page does, for an
 * admin or an editor (?role=admin|editor), and answers in plain lines a test can read:
 * "item|new|articles/x.md|Title|", "item|changed|…|title,body", "problem|articles/x.md:3: …",
 * "notice|path|line|key|argument", "refused|key|message in Dutch", "applied".
 */
@WebServlet("/test-only/transfer/*")
public class TransferProbe extends HttpServlet {

    @Inject
    ContentExport export;

    @Inject
    ContentImport contentImport;

    @Inject
    ArticleRepository articles;

    @Inject
    Revisions revisions;

    /** GET /test-only/transfer/export: the zip; /revisions?slug=…: an article's revisions, newest first. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo().equals("/revisions")) {
            response.setContentType("text/plain;charset=UTF-8");
            long id = articles.findBySlug(request.getParameter("slug"))
                    .orElseThrow()
                    .getId();
            for (Revision revision : revisions.of(ArticleEditing.ITEM_TYPE, id)) {
                response.getWriter().println(revision.getAuthorName() + "|" + revision.getNote());
            }
            return;
        }
        try {
            Actor actor = actor(request);
            response.setContentType("application/zip");
            export.export(actor, response.getOutputStream());
        } catch (SecurityException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
        }
    }

    /** POST /test-only/transfer/preview or /apply with the zip as the body; apply previews first and confirms that. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        UploadedZip upload = null;
        try {
            Actor actor = actor(request);
            upload = contentImport.receive(actor, request.getInputStream(), "test.zip");
            ImportPreview preview = contentImport.preview(actor, upload);
            if (request.getPathInfo().equals("/apply")) {
                print(contentImport.apply(actor, upload, preview), out);
                out.println("applied");
            } else {
                print(preview, out);
            }
        } catch (SecurityException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            out.println("forbidden|" + e.getMessage());
        } catch (ImportRefusedException e) {
            out.println("refused|" + e.messageKey() + "|" + message(e));
        } finally {
            if (upload != null) {
                upload.delete();
            }
        }
    }

    private static Actor actor(HttpServletRequest request) {
        Role role = "editor".equals(request.getParameter("role")) ? Role.EDITOR : Role.ADMIN;
        return new Actor(1, "Test " + role.groupName(), Set.of(role), null);
    }

    private static void print(ImportPreview preview, PrintWriter out) {
        for (ImportItem item : preview.items()) {
            out.println("item|" + item.outcome().name().toLowerCase(Locale.ROOT) + "|" + item.path() + "|"
                    + item.title() + "|" + String.join(",", item.changedFields()));
        }
        for (ImportProblem problem : preview.problems()) {
            out.println("problem|" + problem.describe());
        }
        for (ImportNotice notice : preview.notices()) {
            out.println("notice|" + notice.path() + "|" + notice.line() + "|" + notice.messageKey() + "|"
                    + notice.argument());
        }
    }

    private static String message(ImportRefusedException e) {
        String pattern = ResourceBundle.getBundle("nl.kompas.messages", Locale.forLanguageTag("nl"))
                .getString(e.messageKey());
        return new MessageFormat(pattern, Locale.forLanguageTag("nl")).format(e.arguments());
    }
}
