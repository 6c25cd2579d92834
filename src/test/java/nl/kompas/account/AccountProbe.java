package nl.kompas.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Added to the test deployment only: shows what the tests cannot see through the pages (the stored
 * hash, the number of accounts, a session's idle timeout), and calls {@link AccountService}
 * directly as a given account, to show that its rules hold whatever page calls it.
 */
@WebServlet("/test-only/accounts/*")
public class AccountProbe extends HttpServlet {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService service;

    /** GET hash?email=…, count, session-timeout (of the caller's session, in seconds). */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        switch (request.getPathInfo()) {
            case "/hash" ->
                response.getWriter()
                        .print(accounts.findByEmail(request.getParameter("email"))
                                .map(Account::getPasswordHash)
                                .orElse("none"));
            case "/count" -> response.getWriter().print(accounts.count());
            case "/session-timeout" -> {
                HttpSession session = request.getSession(false);
                response.getWriter().print(session == null ? "none" : session.getMaxInactiveInterval());
            }
            default -> response.sendError(404);
        }
    }

    /**
     * POST deactivate?actor=…&amp;target=… or roles?actor=…&amp;target=…&amp;roles=EDITOR,…: the
     * service's answer, "ok" or the bundle keys of its refusal, or "not-permitted".
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        Actor actor = accounts.findByEmail(request.getParameter("actor"))
                .orElseThrow()
                .toActor();
        Account target = accounts.findByEmail(request.getParameter("target")).orElseThrow();
        String answer;
        try {
            switch (request.getPathInfo()) {
                case "/deactivate" -> service.deactivate(actor, target.getId());
                case "/roles" ->
                    service.update(
                            actor,
                            target.getId(),
                            target.getDisplayName(),
                            roles(request.getParameter("roles")),
                            target.getConsultantId());
                default -> throw new IllegalArgumentException(request.getPathInfo());
            }
            answer = "ok";
        } catch (InvalidAccountInput invalid) {
            answer = invalid.problems().stream()
                    .map(InvalidAccountInput.Problem::messageKey)
                    .collect(Collectors.joining(","));
        } catch (ActionNotPermitted notPermitted) {
            answer = "not-permitted";
        }
        response.getWriter().print(answer);
    }

    private static Set<Role> roles(String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                roles.add(Role.valueOf(name.strip()));
            }
        }
        return roles;
    }
}
