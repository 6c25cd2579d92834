package nl.kompas.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Added to the test deployment only: a request that fails on the server, to see the 500 page. */
@WebServlet("/test-only/failure")
public class FailingServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException("Deliberate failure for the error page test");
    }
}
