package nl.kompas.account;

import java.util.regex.Pattern;

/**
 * Where the login page may send a person after logging in: an admin page of this site and nothing
 * else, so that a crafted link cannot turn the login into a redirect to another host.
 */
final class LoginDestination {

    private static final Pattern ADMIN_PAGE = Pattern.compile("/admin/[a-z0-9-]+(/[a-z0-9-]+)*\\.xhtml");

    private LoginDestination() {}

    static boolean isAllowed(String path) {
        return path != null
                && ADMIN_PAGE.matcher(path).matches()
                && !path.equals(AdminAuthentication.LOGIN_PAGE)
                && !path.equals("/admin/setup.xhtml");
    }

    /** The page to go to after logging in: the one asked for when allowed, else the dashboard. */
    static String after(String requested) {
        return isAllowed(requested) ? requested : AdminAuthentication.HOME_PAGE;
    }
}
