package nl.kompas.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a confirmation or unsubscribe link: 256 random bits, URL-safe. A confirmation
 * token is stored only as its SHA-256, so whoever reads the database cannot confirm anyone; it
 * works once and for {@link #LIFETIME}.
 */
public record OptInToken(String value) {

    /** How long a confirmation link works. */
    public static final Duration LIFETIME = Duration.ofHours(48);

    private static final SecureRandom RANDOM = new SecureRandom();

    public static OptInToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new OptInToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether a text could be a token at all: 43 URL-safe characters. Anything else is not looked up. */
    public static boolean isWellFormed(String text) {
        return text != null && text.matches("[A-Za-z0-9_-]{43}");
    }

    public String hash() {
        return hash(value);
    }

    public static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** When a token issued at this moment stops working. */
    public static Instant expiryOf(Instant issued) {
        return issued.plus(LIFETIME);
    }
}
