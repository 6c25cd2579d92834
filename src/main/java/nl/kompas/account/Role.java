package nl.kompas.account;

import java.util.Locale;

/**
 * What a person may do in the admin. The names are the Jakarta Security group names, so a role
 * check in a page ({@code request.isUserInRole('editor')}) and in a service use the same words.
 */
public enum Role {
    /** Users, settings and everything an editor may do. */
    ADMIN,
    /** Creates, edits and publishes all content. */
    EDITOR,
    /** Edits their own profile and writes articles as drafts, which they submit for review. */
    CONSULTANT;

    /** The group name Jakarta Security uses: "admin", "editor", "consultant". */
    public String groupName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromGroupName(String groupName) {
        return valueOf(groupName.toUpperCase(Locale.ROOT));
    }
}
