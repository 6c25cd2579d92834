package nl.kompas.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2: HMAC-SHA256 with OWASP's 600,000
 * iterations (Password Storage Cheat Sheet, 2023), a 32-byte random salt per password and a
 * 32-byte key. The stored form names its algorithm and iteration count
 * ({@code PBKDF2WithHmacSHA256:600000:salt:hash}), so hashes made with an older count still verify
 * after the count is raised.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;

    /** Long enough to resist guessing without a second factor (OWASP ASVS 4, 2.1.1). */
    public static final int MIN_LENGTH = 12;

    /** Anything longer is not a password someone types; the limit keeps requests small. */
    public static final int MAX_LENGTH = 200;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of no one's password, to spend the same time on an unknown e-mail address. */
    private volatile String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm",
                ALGORITHM,
                "Pbkdf2PasswordHash.Iterations",
                String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes",
                "32",
                "Pbkdf2PasswordHash.KeySizeBytes",
                "32"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /**
     * Checks a password against a hash of nothing, and is always false: a login with an unknown
     * address then takes as long as one with a wrong password, so timing does not tell which
     * addresses have an account.
     */
    public boolean matchesNothing(String password) {
        String known = decoy;
        if (known == null) {
            known = hash("no account has this password " + System.nanoTime());
            decoy = known;
        }
        pbkdf2.verify(password.toCharArray(), known);
        return false;
    }

    /** The bundle key of what is wrong with a new password, or null when it is fine. */
    public static String problemWith(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "account.password.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "account.password.tooLong";
        }
        return null;
    }
}
