package nl.kompas.spam;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A form token: the form's name and the moment the form was rendered, signed with HMAC-SHA256 so
 * that no one can make one up or move its time: {@code contact.1763891234.<signature>}. It needs no
 * session and no cookie, so it can stand in a page that the page cache serves to everyone.
 */
final class FormToken {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    FormToken(byte[] key) {
        this.key = key.clone();
    }

    String issue(String form, Instant renderedAt) {
        String payload = form + "." + renderedAt.getEpochSecond();
        return payload + "." + sign(payload);
    }

    /** The moment the token's form was rendered, when the token is this site's and for this form. */
    Optional<Instant> renderedAt(String token, String form) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, lastDot);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given) || !payload.startsWith(form + ".")) {
            return Optional.empty();
        }
        String seconds = payload.substring(form.length() + 1);
        if (!seconds.matches("[0-9]{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
    }

    /** How long ago the form was rendered, negative for a time in the future (never signed by us). */
    static Duration age(Instant renderedAt, Instant now) {
        return Duration.between(renderedAt, now);
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
