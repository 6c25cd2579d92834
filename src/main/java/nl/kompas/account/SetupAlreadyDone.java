package nl.kompas.account;

/** The first admin exists already: the setup page is closed, and the person should log in instead. */
public class SetupAlreadyDone extends RuntimeException {

    public SetupAlreadyDone() {
        super("An account exists already; the first-admin setup is closed");
    }
}
