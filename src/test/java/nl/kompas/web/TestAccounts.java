package nl.kompas.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import nl.kompas.account.AccountRepository;
import nl.kompas.account.AccountService;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.consultant.ConsultantRepository;

/**
 * Added to the editors' browser test only: creates an account the way the users page does, through
 * {@link AccountService} as the admin named in configuration, so the test can log in as an editor
 * or a consultant. POST ?admin=…&amp;email=…&amp;name=…&amp;password=…&amp;role=EDITOR|CONSULTANT&amp;consultant={slug}.
 */
@WebServlet("/test-only/accounts-for-editing")
public class TestAccounts extends HttpServlet {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService service;

    @Inject
    ConsultantRepository consultants;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor admin = accounts.findByEmail(request.getParameter("admin"))
                .orElseThrow()
                .toActor();
        String consultant = request.getParameter("consultant");
        Long consultantId = consultant == null
                ? null
                : consultants.findBySlug(consultant).orElseThrow().getId();
        service.create(
                admin,
                new AccountService.Details(
                        request.getParameter("email"),
                        request.getParameter("name"),
                        Set.of(Role.valueOf(request.getParameter("role"))),
                        consultantId),
                request.getParameter("password"));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print("created");
    }
}
