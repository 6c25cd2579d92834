package nl.kompas.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The users page as a logged-in admin works it, through its forms. */
public final class UsersPage {

    private final AdminClient admin;

    public UsersPage(AdminClient admin) {
        this.admin = admin;
    }

    AdminClient.Answer open() {
        return admin.page("/admin/users.xhtml");
    }

    /** Fills in the new-account form and submits it; answers the page that results. */
    AdminClient.Answer submitNew(
            String email, String name, String password, List<String> roles, boolean withConsultant) {
        return submitNew(email, name, password, roles, withConsultant ? UsersPage::firstConsultant : page -> null);
    }

    private AdminClient.Answer submitNew(
            String email,
            String name,
            String password,
            List<String> roles,
            java.util.function.Function<AdminClient.Answer, String> consultant) {
        AdminClient.Answer page = open();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("email", email);
        values.put("name", name);
        values.put("password", password);
        values.put("roles", roles);
        String profile = consultant.apply(page);
        if (profile != null) {
            values.put("consultant_input", profile);
        }
        return admin.submit(page, "create", "submit", values);
    }

    /** Creates an account, which must succeed. */
    void create(String email, String name, String password, List<String> roles, boolean withConsultant) {
        created(email, submitNew(email, name, password, roles, withConsultant));
    }

    /** Creates a consultant's account linked to the profile with this name, which must succeed. */
    public void createConsultant(String email, String name, String password, String profileName) {
        created(
                email,
                submitNew(email, name, password, List.of("CONSULTANT"), page -> consultantNamed(page, profileName)));
    }

    private static void created(String email, AdminClient.Answer answer) {
        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("Het account " + email + " is aangemaakt."), answer.messages());
    }

    private static String consultantNamed(AdminClient.Answer page, String profileName) {
        Element option = page.page()
                .selectFirst("select[name=\"create:consultant_input\"] option:containsOwn(" + profileName + ")");
        assertNotNull(option, "the form offers the profile of " + profileName);
        return option.attr("value");
    }

    /** The id of an account, from its link in the table. */
    long idOf(String name) {
        Element link = open().page().selectFirst("#accounts a:containsOwn(" + name + ")");
        assertNotNull(link, "the table lists " + name);
        String href = link.attr("href");
        return Long.parseLong(href.substring(href.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    /** The edit page of one account. */
    AdminClient.Answer edit(long id) {
        return admin.page("/admin/users.xhtml?id=" + id);
    }

    /** The value of the first consultant profile in the form's list. */
    static String firstConsultant(AdminClient.Answer page) {
        Element option = page.page().selectFirst("select[name=\"create:consultant_input\"] option[value~=^[0-9]+$]");
        assertNotNull(option, "the form offers the consultant profiles");
        return option.attr("value");
    }
}
