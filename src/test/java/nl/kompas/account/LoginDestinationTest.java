package nl.kompas.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginDestinationTest {

    @Test
    void afterLoggingInThePageAskedForIsOpenedWhenItIsAnAdminPage() {
        assertEquals("/admin/users.xhtml", LoginDestination.after("/admin/users.xhtml"));
        assertEquals("/admin/articles/edit.xhtml", LoginDestination.after("/admin/articles/edit.xhtml"));
    }

    @Test
    void anythingElseLeadsToTheDashboard() {
        for (String next : new String[] {
            null,
            "",
            "https://evil.example/admin/users.xhtml",
            "//evil.example/admin/x.xhtml",
            "/admin/../artikelen",
            "/admin/users.xhtml?x=1",
            "/\\evil.example",
            "/artikelen",
            "/admin/login.xhtml",
            "/admin/setup.xhtml"
        }) {
            assertEquals("/admin/index.xhtml", LoginDestination.after(next), "after " + next);
        }
    }
}
