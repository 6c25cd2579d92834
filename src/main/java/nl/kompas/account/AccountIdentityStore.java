package nl.kompas.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks an e-mail address and password against the accounts in the database. Only an active
 * account with the right password is valid; an unknown address, a wrong password and a deactivated
 * account are all simply invalid, and take the same time, so a login attempt learns nothing else.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        Optional<Account> account = accounts.findByEmail(credential.getCaller());
        boolean valid = account.isPresent()
                ? passwords.matches(password, account.get().getPasswordHash())
                : passwords.matchesNothing(password);
        if (!valid || !account.get().isActive()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account found = account.get();
        return new CredentialValidationResult(
                null,
                new CallerPrincipal(found.getEmail()),
                null,
                String.valueOf(found.getId()),
                groupsOf(found.toActor()));
    }

    /**
     * The container's groups of a person: their roles and the roles these include (an admin is
     * also an editor), so that {@code request.isUserInRole("editor")} agrees with
     * {@link Actor#has(Role)}.
     */
    static Set<String> groupsOf(Actor actor) {
        return Stream.of(Role.values()).filter(actor::has).map(Role::groupName).collect(Collectors.toUnmodifiableSet());
    }
}
